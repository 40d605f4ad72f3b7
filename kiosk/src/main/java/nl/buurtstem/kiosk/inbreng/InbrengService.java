package nl.buurtstem.kiosk.inbreng;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.sync.Credentials;
import nl.buurtstem.kiosk.sync.SignedClient;
import nl.buurtstem.kiosk.web.Problem;

/**
 * "Mijn inbreng": what became of an idea or a wijkbudget ballot, by the receipt code the resident copied. One still
 * waiting on this kiosk says so at once; otherwise the central node is asked (by the code's hash, signed), so it
 * works on any kiosk. For a ballot the answer says whether it is counted and in which wijkbudget's count, never what
 * was chosen.
 */
public final class InbrengService {

    /**
     * What the screen shows: {@code soort} "idee" or "stembiljet"; {@code status} an idea status code, "geteld" or
     * "niet-geteld" for a ballot, or "onderweg" while it waits on this kiosk; for a ballot, the wijkbudget's title and
     * whether its count is final (voting ended); {@code vertalingen} the answer per language staff translated it into.
     */
    public record Uitkomst(
            String soort,
            String status,
            String antwoord,
            Map<String, String> vertalingen,
            String wijkbudget,
            boolean definitief) {}

    private final Database db;
    private final ObjectMapper json;
    private final SignedClient central;
    private final Path credentials;

    public InbrengService(Database db, ObjectMapper json, SignedClient central, Path credentials) {
        this.db = db;
        this.json = json;
        this.central = central;
        this.credentials = credentials;
    }

    public Uitkomst zoek(String getypt) {
        String code = Bon.lees(getypt)
                .orElseThrow(() ->
                        new Problem(400, "invalid-receipt", "a receipt code is 8 letters and digits, like K7QM-3XPA"));
        String hash = Bon.hash(code);
        if (nogHier(hash)) {
            return new Uitkomst("idee", "onderweg", null, Map.of(), null, false);
        }
        if (stemNogHier(hash)) {
            return new Uitkomst("stembiljet", "onderweg", null, Map.of(), null, false);
        }
        Credentials me = Credentials.load(credentials)
                .orElseThrow(() -> new Problem(503, "offline", "this kiosk is not connected to the municipality yet"));
        HttpResponse<byte[]> response;
        try {
            response = central.send(me, "GET", "/api/sync/v1/inbreng/" + hash, new byte[0], "application/json", null);
        } catch (IOException e) {
            throw new Problem(503, "offline", "the municipality cannot be reached now; try again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem(503, "offline", "interrupted");
        }
        if (response.statusCode() == 404) {
            throw new Problem(404, "unknown-receipt", "nothing has this receipt code");
        }
        if (response.statusCode() != 200) {
            throw new Problem(503, "offline", "the municipality answered " + response.statusCode());
        }
        try {
            JsonNode body = json.readTree(response.body());
            return new Uitkomst(
                    body.path("soort").asText("idee"),
                    body.path("status").asText(),
                    body.path("antwoord").isTextual() ? body.path("antwoord").asText() : null,
                    vertalingen(body.path("vertalingen")),
                    body.path("wijkbudget").isTextual()
                            ? body.path("wijkbudget").asText()
                            : null,
                    body.path("definitief").asBoolean(false));
        } catch (IOException e) {
            throw new Problem(503, "offline", "the municipality's answer was unreadable");
        }
    }

    /** Only two-letter language codes with a text: what the screen can pick the resident's language from. */
    private static Map<String, String> vertalingen(JsonNode node) {
        Map<String, String> vertaald = new TreeMap<>();
        node.properties().forEach(e -> {
            if (e.getKey().matches("[a-z]{2}") && e.getValue().isTextual()) {
                vertaald.put(e.getKey(), e.getValue().asText());
            }
        });
        return vertaald;
    }

    /** Whether the idea with this receipt is still in this kiosk's outbox. */
    private boolean nogHier(String hash) {
        return db.transaction(c -> {
            try (var q = c.prepareStatement("SELECT 1 FROM idee i JOIN outbox o ON o.seq = i.seq WHERE i.bon = ?")) {
                q.setString(1, hash);
                try (var rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Whether the ballot with this receipt is still in this kiosk's outbox (the receipt is kept nowhere else here). */
    private boolean stemNogHier(String hash) {
        return db.transaction(c -> {
            try (var q = c.prepareStatement(
                    "SELECT 1 FROM outbox WHERE type = 'stembiljet' AND json_extract(data, '$.bon') = ?")) {
                q.setString(1, hash);
                try (var rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
