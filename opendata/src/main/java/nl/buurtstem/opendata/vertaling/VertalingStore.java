package nl.buurtstem.opendata.vertaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Translations of content items (a plan's title, an initiative's story, ...). Items are written in Dutch; a kiosk
 * shows a translation where there is one and falls back to Dutch, saying so, where there is none.
 * An item is named {@code "<kind>/<id>"}, e.g. {@code "plan/herinrichting-vechtstraat"}.
 */
public final class VertalingStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "vertaling",
            List.of(
                    "CREATE TABLE vertaling (item TEXT NOT NULL, taal TEXT NOT NULL, velden TEXT NOT NULL, PRIMARY KEY (item, taal))",
                    // Per field, a hash of the Dutch text the translation was made from (null: saved before we kept
                    // it).
                    "ALTER TABLE vertaling ADD COLUMN gemaakt_van TEXT"));
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final Database db;
    private final ObjectMapper json;

    public VertalingStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Sets the translation of some fields of an item into one language (a BCP 47 code such as "ar"). */
    public void save(String item, String taal, Map<String, String> velden) {
        save(item, taal, velden, Map.of());
    }

    /**
     * Sets the translation of some fields of an item into one language, made from {@code nederlands} (field → the Dutch
     * text the translator saw), so that a later change of that Dutch text shows as {@link #verouderd}.
     */
    public void save(String item, String taal, Map<String, String> velden, Map<String, String> nederlands) {
        Map<String, String> gemaaktVan = new TreeMap<>();
        nederlands.forEach((veld, tekst) -> gemaaktVan.put(veld, hash(tekst)));
        String body = write(velden);
        String van = gemaaktVan.isEmpty() ? null : write(gemaaktVan);
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO vertaling(item, taal, velden, gemaakt_van) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(item, taal) DO UPDATE SET velden = excluded.velden, "
                            + "gemaakt_van = excluded.gemaakt_van")) {
                s.setString(1, item);
                s.setString(2, taal);
                s.setString(3, body);
                s.setString(4, van);
                s.executeUpdate();
            }
        });
    }

    /**
     * The translated fields of {@code item} in {@code taal} whose Dutch text is no longer what the translation was made
     * from ({@code nederlands}: field → today's Dutch text). A translation saved before this was kept counts as current.
     */
    public Set<String> verouderd(String item, String taal, Map<String, String> nederlands) {
        return verouderd(gemaaktVan().getOrDefault(item, Map.of()).getOrDefault(taal, Map.of()), nederlands);
    }

    /** The fields of {@code nederlands} whose text differs from the one hashed in {@code gemaaktVan}. */
    static Set<String> verouderd(Map<String, String> gemaaktVan, Map<String, String> nederlands) {
        Set<String> uit = new TreeSet<>();
        nederlands.forEach((veld, tekst) -> {
            String van = gemaaktVan.get(veld);
            if (van != null && !van.equals(hash(tekst == null ? "" : tekst))) {
                uit.add(veld);
            }
        });
        return uit;
    }

    /** Per item, language and field, the hash of the Dutch text each translation was made from. */
    public Map<String, Map<String, Map<String, String>>> gemaaktVan() {
        return db.transaction(c -> {
            Map<String, Map<String, Map<String, String>>> result = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT item, taal, gemaakt_van FROM vertaling WHERE gemaakt_van IS NOT NULL");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), read(rs.getString(3)));
                }
            }
            return result;
        });
    }

    /** The translations of one item: language → field → text. */
    public Map<String, Map<String, String>> van(String item) {
        return db.transaction(c -> {
            Map<String, Map<String, String>> result = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT taal, velden FROM vertaling WHERE item = ?")) {
                q.setString(1, item);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getString(1), read(rs.getString(2)));
                    }
                }
            }
            return result;
        });
    }

    /**
     * What a reuser may read of {@code item} beside the Dutch: per language, the translated fields of {@code nederlands}
     * (field → today's Dutch text) that are not blank and were made from that same Dutch text. A translation of an
     * older Dutch text is left out: published beside the new Dutch it would say something else.
     */
    public Map<String, Map<String, String>> actueel(String item, Map<String, String> nederlands) {
        return db.transaction(c -> {
            Map<String, Map<String, String>> result = new TreeMap<>();
            try (PreparedStatement q =
                    c.prepareStatement("SELECT taal, velden, gemaakt_van FROM vertaling WHERE item = ?")) {
                q.setString(1, item);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> velden = actueel(read(rs.getString(2)), rs.getString(3), nederlands);
                        velden.keySet().retainAll(nederlands.keySet());
                        if (!velden.isEmpty()) {
                            result.put(rs.getString(1), velden);
                        }
                    }
                }
            }
            return result;
        });
    }

    /**
     * Every translation, as kiosks get them (item → language → field → text), less the fields translated from a Dutch
     * text that changed since: the kiosk shows today's Dutch there, saying it is not in the resident's language.
     *
     * @param nederlands per item, field → today's Dutch text; an item not named here comes as it is
     */
    public Map<String, Map<String, Map<String, String>>> voorKiosk(Map<String, Map<String, String>> nederlands) {
        return db.transaction(c -> {
            Map<String, Map<String, Map<String, String>>> result = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT item, taal, velden, gemaakt_van FROM vertaling");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> velden = read(rs.getString(3));
                    Map<String, String> dutch = nederlands.get(rs.getString(1));
                    if (dutch != null) {
                        velden = actueel(velden, rs.getString(4), dutch);
                    }
                    if (!velden.isEmpty()) {
                        result.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .put(rs.getString(2), velden);
                    }
                }
            }
            return result;
        });
    }

    /** The translated fields not blank and not made from another Dutch text than today's. */
    private Map<String, String> actueel(Map<String, String> velden, String gemaaktVan, Map<String, String> nederlands) {
        Set<String> uit = verouderd(gemaaktVan == null ? Map.of() : read(gemaaktVan), nederlands);
        Map<String, String> result = new TreeMap<>(velden);
        result.entrySet()
                .removeIf(v -> uit.contains(v.getKey())
                        || v.getValue() == null
                        || v.getValue().isBlank());
        return result;
    }

    /** A short fingerprint of a Dutch text: enough to see it changed, without keeping the text twice. */
    static String hash(String tekst) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(tekst.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Map<String, String> velden) {
        try {
            return json.writeValueAsString(velden);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("translation cannot be stored", e);
        }
    }

    /** Every translation: item → language → field → text. */
    public Map<String, Map<String, Map<String, String>>> all() {
        return db.transaction(c -> {
            Map<String, Map<String, Map<String, String>>> result = new TreeMap<>();
            try (PreparedStatement q =
                            c.prepareStatement("SELECT item, taal, velden FROM vertaling ORDER BY item, taal");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), read(rs.getString(3)));
                }
            }
            return result;
        });
    }

    private Map<String, String> read(String body) {
        try {
            return json.readValue(body, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored translation is unreadable", e);
        }
    }
}
