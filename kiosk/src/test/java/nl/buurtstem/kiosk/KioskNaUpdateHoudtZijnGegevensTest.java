package nl.buurtstem.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.kiosk.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk in a buurthuis is updated to a version with versioned migrations. Its database was made by the kiosk
 * before (tables made by each feature at start, no schema_version): after the update it starts on it, keeps every
 * answer, queued event, used stemcode and its content, and numbers on where it was.
 */
class KioskNaUpdateHoudtZijnGegevensTest {

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The database exactly as the kiosk before versioned migrations made it, with a morning's use in it. */
    private void databaseVanDeVorigeVersie() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS content (id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT, "
                    + "body BLOB NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS antwoord (seq INTEGER PRIMARY KEY, peiling TEXT NOT NULL, "
                    + "optie INTEGER NOT NULL, kanaal TEXT NOT NULL, at TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS idee (seq INTEGER PRIMARY KEY, thema TEXT NOT NULL, "
                    + "at TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS stembiljet (seq INTEGER PRIMARY KEY, wijkbudget TEXT NOT NULL, "
                    + "at TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS stemcode_gebruikt (wijkbudget TEXT NOT NULL, "
                    + "hash TEXT NOT NULL, PRIMARY KEY (wijkbudget, hash))");
            // Delivered events left the outbox; seq 1 and 2 were acknowledged, 3 still waits.
            s.executeUpdate("INSERT INTO outbox(seq, id, type, at, data) VALUES (3, 'e3', 'antwoord', "
                    + "'2026-11-30T09:00:00Z', '{\"peiling\":\"bankjes\",\"optie\":2,\"kanaal\":\"scherm\"}')");
            s.executeUpdate("INSERT INTO sync_state(key, value) VALUES ('numbered_for', 'kiosk-oud')");
            s.executeUpdate("INSERT INTO antwoord VALUES (1, 'bankjes', 1, 'scherm', '2026-11-30T08:00:00Z')");
            s.executeUpdate("INSERT INTO antwoord VALUES (2, 'bankjes', 1, 'knop', '2026-11-30T08:30:00Z')");
            s.executeUpdate("INSERT INTO antwoord VALUES (3, 'bankjes', 2, 'scherm', '2026-11-30T09:00:00Z')");
            s.executeUpdate("INSERT INTO stemcode_gebruikt VALUES ('wijkbudget-2027', 'abc123')");
            try (PreparedStatement content =
                    c.prepareStatement("INSERT INTO content(id, etag, body) VALUES (1, ?, ?)")) {
                content.setString(1, "\"v7\"");
                content.setBytes(2, """
                        {"peilingen": [{"id": "bankjes", "wijk": "WK019311", "vraag": "Meer bankjes?",
                                        "opties": ["Ja", "Nee"], "soort": "janee"}]}""".getBytes());
                content.executeUpdate();
            }
        }
    }

    @Test
    void a_database_of_the_previous_version_is_upgraded_and_nothing_in_it_is_lost() throws Exception {
        databaseVanDeVorigeVersie();

        KioskNode kiosk = start();
        try {
            assertTrue(get(kiosk, "api/peilingen").contains("Meer bankjes?"), "the content kept is shown");
            assertEquals(
                    List.of("1 bankjes 1", "2 bankjes 1", "3 bankjes 2"),
                    rows("SELECT seq, peiling, optie FROM antwoord ORDER BY seq"),
                    "the morning's answers are kept");
            assertEquals(201, answer(kiosk, 1).statusCode());
        } finally {
            kiosk.stop();
        }
        kiosk = start();
        try {
            assertEquals(201, answer(kiosk, 2).statusCode(), "a second start on the upgraded database works too");
        } finally {
            kiosk.stop();
        }

        assertEquals(
                List.of("3 e3", "4 -", "5 -"),
                rows("SELECT seq, CASE WHEN id = 'e3' THEN id ELSE '-' END " + "FROM outbox ORDER BY seq"),
                "the waiting event stays, new ones number on after it");
        assertEquals(
                List.of("kiosk-oud"),
                rows("SELECT value FROM sync_state WHERE key = 'numbered_for'"),
                "numbering agreed before stays agreed, not marked as inherited");
        assertEquals(List.of("abc123"), rows("SELECT hash FROM stemcode_gebruikt"), "a used stemcode stays used");
        assertEquals(List.of("\"v7\""), rows("SELECT etag FROM content"));
        Map<String, String> versions = new LinkedHashMap<>();
        for (Migrations.Steps steps : KioskNode.SCHEMA) {
            versions.put(steps.feature(), steps.feature() + " " + steps.sql().size());
        }
        assertEquals(
                List.copyOf(versions.values()).stream().sorted().toList(),
                rows("SELECT feature || ' ' || version FROM schema_version ORDER BY feature"),
                "every feature is at its newest version");
    }

    private KioskNode start() {
        return KioskNode.builder(new KioskConfig("http://127.0.0.1:1/", "Buurthuis De Kroon", Centrale.WIJK, "x"))
                .dataDir(data)
                .port(0)
                .gpio(GpioPlatform.Choice.SIMULATED)
                .build()
                .start();
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }

    private String get(KioskNode kiosk, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpResponse<String> answer(KioskNode kiosk, int optie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/bankjes/antwoorden"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"optie\":" + optie + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
