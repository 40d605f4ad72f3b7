package nl.buurtstem.opendata.wijk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The wijken's outlines as staff upload them (GeoJSON in longitude/latitude, as CBS's wijk- en buurtkaart gives them),
 * and the kiosk's wijk map drawn from them: every uploaded outline projected into one SVG viewBox, so the kiosk needs
 * no map server. Once one wijk has a real outline, the map shows the uploaded ones instead of the schematic demo map.
 */
final class WijkGrenzen {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijk-grens",
            List.of(
                    "CREATE TABLE wijk_grens (code TEXT PRIMARY KEY, ringen TEXT NOT NULL, bijgewerkt TEXT NOT NULL)",
                    "CREATE TABLE wijk_agenda (code TEXT PRIMARY KEY, doelen TEXT NOT NULL, opgaven TEXT NOT NULL)",
                    // When staff last changed the agenda's text (null: before we kept it).
                    "ALTER TABLE wijk_agenda ADD COLUMN gewijzigd TEXT"));

    static final int MAX_BYTES = 3 * 1024 * 1024;
    private static final int MAX_PUNTEN = 400;
    private static final double BREED = 400;

    /** Why a file is not taken, in words for the person uploading it. */
    static final class Geweigerd extends Exception {
        Geweigerd(String waarom) {
            super(waarom, null, false, false);
        }
    }

    private final Database db;
    private final ObjectMapper json;

    WijkGrenzen(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The outer rings of the wijk in a GeoJSON file, as [lon, lat] points, thinned to a few hundred each. */
    List<List<double[]>> lees(byte[] bestand, String wijkcode) throws Geweigerd {
        JsonNode geo;
        try {
            geo = json.readTree(bestand);
        } catch (Exception e) {
            throw new Geweigerd("Dit bestand is geen GeoJSON. Kies het .geojson-bestand met de grens van de wijk.");
        }
        JsonNode geometrie = geometrie(geo, wijkcode);
        if (geometrie == null) {
            throw new Geweigerd("In dit bestand staat geen vlak (Polygon of MultiPolygon) voor deze wijk.");
        }
        List<JsonNode> polygonen = new ArrayList<>();
        if ("Polygon".equals(geometrie.path("type").asText())) {
            polygonen.add(geometrie.path("coordinates"));
        } else {
            geometrie.path("coordinates").forEach(polygonen::add);
        }
        List<List<double[]>> ringen = new ArrayList<>();
        for (JsonNode polygoon : polygonen) {
            JsonNode buiten = polygoon.path(0);
            List<double[]> ring = new ArrayList<>();
            int stap = Math.max(1, buiten.size() / MAX_PUNTEN);
            for (int i = 0; i < buiten.size(); i += stap) {
                double lon = buiten.path(i).path(0).asDouble(Double.NaN);
                double lat = buiten.path(i).path(1).asDouble(Double.NaN);
                if (!(lon >= 3 && lon <= 8 && lat >= 50 && lat <= 54)) {
                    throw new Geweigerd("De punten in dit bestand liggen niet in Nederland in lengte- en breedtegraad "
                            + "(WGS84). Een kaart in RD-coördinaten moet eerst worden omgezet naar WGS84.");
                }
                ring.add(new double[] {lon, lat});
            }
            if (ring.size() >= 3) {
                ringen.add(ring);
            }
        }
        if (ringen.isEmpty()) {
            throw new Geweigerd("De grens in dit bestand heeft te weinig punten.");
        }
        return ringen;
    }

    private static JsonNode geometrie(JsonNode geo, String wijkcode) {
        return switch (geo.path("type").asText()) {
            case "Polygon", "MultiPolygon" -> geo;
            case "Feature" -> geometrie(geo.path("geometry"), wijkcode);
            case "FeatureCollection" -> {
                JsonNode eerste = null;
                for (JsonNode f : geo.path("features")) {
                    JsonNode g = geometrie(f.path("geometry"), wijkcode);
                    if (g == null) {
                        continue;
                    }
                    if (f.path("properties").toString().contains("\"" + wijkcode + "\"")) {
                        yield g;
                    }
                    eerste = eerste == null ? g : eerste;
                }
                yield geo.path("features").size() == 1 ? eerste : null;
            }
            default -> null;
        };
    }

    void bewaar(String wijkcode, List<List<double[]>> ringen) throws Exception {
        String tekst = json.writeValueAsString(ringen);
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO wijk_grens(code, ringen, bijgewerkt) VALUES (?, ?, ?) "
                            + "ON CONFLICT(code) DO UPDATE SET ringen = excluded.ringen, bijgewerkt = excluded.bijgewerkt")) {
                s.setString(1, wijkcode);
                s.setString(2, tekst);
                s.setString(3, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }

    /** The outline of one wijk, when staff gave it one. */
    List<List<double[]>> van(String wijkcode) {
        return alle().getOrDefault(wijkcode, List.of());
    }

    Map<String, List<List<double[]>>> alle() {
        return db.transaction(c -> {
            Map<String, List<List<double[]>>> result = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT code, ringen FROM wijk_grens ORDER BY code");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.put(
                            rs.getString(1),
                            json.readValue(rs.getString(2), new TypeReference<List<List<double[]>>>() {}));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored outline is unreadable", e);
            }
            return result;
        });
    }

    /** The kiosk's map from every uploaded outline; pins of plans are kept where they were. */
    Wijkkaart kaart(String id, Map<String, String> namen, Map<String, List<Double>> plekken) {
        Map<String, List<List<double[]>>> alle = alle();
        double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
        for (List<List<double[]>> ringen : alle.values()) {
            for (List<double[]> ring : ringen) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        double schaalX = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double k = BREED / Math.max(1e-9, (maxLon - minLon) * schaalX);
        double hoog = Math.max(1, (maxLat - minLat) * k);
        List<Wijkkaart.Vorm> vormen = new ArrayList<>();
        for (Map.Entry<String, List<List<double[]>>> w : alle.entrySet()) {
            StringBuilder pad = new StringBuilder();
            double sx = 0, sy = 0;
            int n = 0;
            for (List<double[]> ring : w.getValue()) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minLon) * schaalX * k;
                    double y = (maxLat - ring.get(i)[1]) * k;
                    pad.append(i == 0 ? "M" : " L").append(getal(x)).append(' ').append(getal(y));
                    sx += x;
                    sy += y;
                    n++;
                }
                pad.append(" Z ");
            }
            vormen.add(new Wijkkaart.Vorm(
                    w.getKey(),
                    namen.getOrDefault(w.getKey(), w.getKey()),
                    pad.toString().strip(),
                    sx / n,
                    sy / n));
        }
        return new Wijkkaart(id, "0 0 " + getal(BREED) + " " + getal(hoog), vormen, plekken);
    }

    private static String getal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
