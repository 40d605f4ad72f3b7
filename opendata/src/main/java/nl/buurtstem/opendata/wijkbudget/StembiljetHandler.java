package nl.buurtstem.opendata.wijkbudget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/**
 * Counts "stembiljet" events (a wijkbudget ballot). A stemcode counts once: the ballot the central node receives
 * first with it is counted, later ones are kept with the reason and not counted (the rule each wijkbudget publishes).
 * A ballot cast after the wijkbudget's end is kept and not counted. The ballot's receipt (the hash of the code the
 * voter copied) goes to {@link Stembonnen} alone and is left out of the event log, so no table holds it beside the
 * choice, the kiosk or the time.
 */
public final class StembiljetHandler implements EventHandler {

    private final WijkbudgetStore store;

    public StembiljetHandler(WijkbudgetStore store) {
        this.store = store;
    }

    @Override
    public String type() {
        return "stembiljet";
    }

    @Override
    public void check(JsonNode data) {
        if (!data.path("wijkbudget").isTextual()) {
            throw new IllegalArgumentException("wijkbudget must be the wijkbudget's id");
        }
        if (!data.path("voorstellen").isArray() || data.path("voorstellen").isEmpty()) {
            throw new IllegalArgumentException("voorstellen must be a non-empty list of proposal ids");
        }
        for (JsonNode v : data.path("voorstellen")) {
            if (!v.isTextual() || v.asText().contains(",")) {
                throw new IllegalArgumentException("voorstellen must hold proposal ids");
            }
        }
        if (data.has("stemcode")
                && !data.path("stemcode").isNull()
                && !data.path("stemcode").asText("").matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("stemcode must be the code's hex SHA-256 hash, never the code itself");
        }
        if (data.has("bon") && !data.path("bon").asText("").matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bon must be the SHA-256 (64 hex digits) of the receipt code");
        }
    }

    @Override
    public JsonNode bewaard(JsonNode data) {
        if (!data.has("bon")) {
            return data;
        }
        ObjectNode zonderBon = data.deepCopy();
        zonderBon.remove("bon");
        return zonderBon;
    }

    @Override
    public String apply(Connection c, KioskEvent event) throws SQLException {
        JsonNode data = event.data();
        Optional<Wijkbudget> found = store.find(data.path("wijkbudget").asText());
        if (found.isEmpty()) {
            return "unknown wijkbudget " + data.path("wijkbudget").asText();
        }
        Wijkbudget budget = found.get();
        Set<String> gekozen = new LinkedHashSet<>();
        data.path("voorstellen").forEach(v -> gekozen.add(v.asText()));
        String reden =
                reasonNotCounted(c, budget, gekozen, data.path("stemcode").asText(null), event);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO stembiljet(kiosk_id, seq, wijkbudget, voorstellen, "
                + "geteld, reden, ontvangen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, event.kiosk().id());
            s.setLong(2, event.seq());
            s.setString(3, budget.id());
            s.setString(4, String.join(",", gekozen));
            s.setInt(5, reden == null ? 1 : 0);
            s.setString(6, reden);
            s.setString(7, event.time().toString());
            if (s.executeUpdate() == 1 && data.path("bon").isTextual()) {
                Stembonnen.bewaar(c, data.path("bon").asText(), budget.id(), reden == null);
            }
        }
        return reden;
    }

    private String reasonNotCounted(
            Connection c, Wijkbudget budget, Set<String> gekozen, String stemcodeHash, KioskEvent event)
            throws SQLException {
        long totaal = 0;
        List<String> onbekend = new ArrayList<>();
        for (String id : gekozen) {
            Optional<Wijkbudget.Voorstel> v = budget.voorstel(id);
            if (v.isEmpty()) {
                onbekend.add(id);
            } else {
                totaal += v.get().bedrag();
            }
        }
        if (budget.isGesloten(event.time())) {
            return "cast after the vote closed at " + budget.eind();
        }
        if (budget.stemmenNogNiet(event.time())) {
            return "cast before the vote opened at " + budget.fasen().stemmen();
        }
        if (!onbekend.isEmpty()) {
            return "unknown proposals " + onbekend;
        }
        if (totaal > budget.bedrag()) {
            return "ballot spends " + totaal + " of a budget of " + budget.bedrag();
        }
        if (!budget.stemcodes()) {
            return null;
        }
        if (stemcodeHash == null || !store.isValidStemcode(c, budget.id(), stemcodeHash)) {
            return "no valid stemcode";
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO stemcode_gebruik(wijkbudget, hash, kiosk_id, seq) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, budget.id());
            s.setString(2, stemcodeHash);
            s.setString(3, event.kiosk().id());
            s.setLong(4, event.seq());
            return s.executeUpdate() == 1 ? null : "stemcode already used for an earlier ballot";
        }
    }
}
