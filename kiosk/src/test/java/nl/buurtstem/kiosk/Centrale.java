package nl.buurtstem.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;

/**
 * The municipality's side of a test, whichever way its central node runs (this JVM, its own JVM): what staff do
 * over its API (register, revoke, opening hours, publish; the calls themselves are opendata's {@link Beheer}) and
 * what an auditor reads (its SQLite file, its SPARQL endpoint).
 */
public final class Centrale {

    public static final String WIJK = "WK019311";
    public static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final Path data;
    private final DatabaseAddress database;
    private final Telling telling;
    private final Beheer beheer;

    /** @param url where the central node answers, ending in "/"; also its base URI (the default) */
    public Centrale(String url, Path data) {
        this(url, data, DatabaseAddress.sqlite(data.resolve("central.db")));
    }

    /** As {@link #Centrale(String, Path)}, with the central node's truth in {@code database}. */
    public Centrale(String url, Path data, DatabaseAddress database) {
        this.url = url;
        this.data = data;
        this.database = database;
        this.telling = new Telling(url, url, database);
        try {
            this.beheer = new Beheer(url, data);
        } catch (IOException e) {
            throw new UncheckedIOException("the node has not written its staff key yet", e);
        }
    }

    public String url() {
        return url;
    }

    /** Registers a kiosk for the wijk as staff would; its config is what {@code buurtstem enroll} writes. */
    public Registratie registreer(String naam) throws Exception {
        return registreer(naam, url);
    }

    /** As {@link #registreer(String)}, with the kiosk pointed at {@code via} (a proxy) instead of the central node. */
    public Registratie registreer(String naam, String via) throws Exception {
        JsonNode body = beheer.registreerKiosk(naam, WIJK);
        return new Registratie(
                body.get("kioskId").asText(),
                new KioskConfig(via, naam, WIJK, body.get("enrollmentToken").asText()));
    }

    public void trekIn(String kioskId, String reden) throws Exception {
        HttpResponse<String> response = beheer.trekKioskIn(kioskId, reden);
        if (response.statusCode() != 204) {
            throw new IllegalStateException("revoking failed: " + response.body());
        }
    }

    /** Staff set the buurthuis's opening hours; the response is the test's to check. */
    public HttpResponse<String> zetOpeningstijden(String kioskId, String openingstijden) throws Exception {
        return beheer.zetOpeningstijden(kioskId, openingstijden);
    }

    /** Saves content as a draft and publishes it, as a publisher does through the staff API; the last answer. */
    public HttpResponse<String> publiceer(String soort, String ref, String json) throws Exception {
        return beheer.bewaarEnPubliceer(soort, ref, json);
    }

    /** Gives a colleague a staff login with a role ("ideeenmakelaar", "redacteur", ...), as a beheerder does. */
    public void medewerker(String gebruikersnaam, String naam, String rol, String wachtwoord) throws Exception {
        beheer.voegMedewerkerToe(gebruikersnaam, naam, rol, wachtwoord);
    }

    /** The key scripts use on the staff API, as the node writes it to its data folder. */
    public String staffKey() {
        return beheer.key;
    }

    /** The staff API itself, for a call this class does not name. */
    public Beheer beheer() {
        return beheer;
    }

    /** The demo wijkbudget's stemcodes, as the demo writes them for a newcomer (demo-stemcodes.txt). */
    public List<String> demoStemcodes() throws Exception {
        return Files.readAllLines(data.resolve("demo-stemcodes.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }

    /** Runs a SELECT over the SPARQL protocol and returns the result bindings. */
    public JsonNode sparql(String query) throws Exception {
        return Sparql.select(url, query);
    }

    /** Answers of this kiosk in the published Data Cube. */
    public long sparqlTelling(String kioskId) throws Exception {
        return telling.inSparql(kioskId);
    }

    /** Answers to one poll by one channel ("scherm", "knop") in the published Data Cube. */
    public long sparqlTelling(String peiling, String kanaal) throws Exception {
        return sparqlSom("aantalAntwoorden", Map.of("peiling", "peiling/" + peiling, "kanaal", "kanaal/" + kanaal));
    }

    /**
     * One measure of the poll results summed over the observations with these dimension values, as published.
     *
     * @param dimensies dimension name under def/ to its value's path under id/
     */
    public long sparqlSom(String maat, Map<String, String> dimensies) throws Exception {
        String waar = dimensies.entrySet().stream()
                .map(d -> "<" + url + "def/" + d.getKey() + "> <" + url + "id/" + d.getValue() + "> ;")
                .collect(Collectors.joining("\n"));
        JsonNode totaal =
                sparql("""
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (SUM(?n) AS ?totaal) WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ;
                       %2$s
                       <%1$sdef/%3$s> ?n .
                }""".formatted(url, waar, maat)).path(0).path("totaal").path("value");
        return totaal.isMissingNode() ? 0 : totaal.asLong();
    }

    /** Answers of this kiosk in the central node's database. */
    public long telling(String kioskId) throws Exception {
        return telling.inDatabase(kioskId);
    }

    /** The first column of a query on the central node's database, over a connection of its own as an auditor's. */
    public List<String> rijen(String sql, String... parameters) throws Exception {
        List<String> rijen = new ArrayList<>();
        try (Connection c = TestStore.connect(database);
                PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rijen.add(rs.getString(1));
                }
            }
        }
        return rijen;
    }

    /** Changes the central node's database directly, for what staff would do through pages the test does not walk. */
    public int wijzig(String sql, String... parameters) throws Exception {
        try (Connection c = TestStore.connect(database);
                PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                u.setString(i + 1, parameters[i]);
            }
            return u.executeUpdate();
        }
    }
}
