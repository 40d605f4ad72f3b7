package nl.buurtstem.opendata.idee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/** Stores "idee" events: an idea typed at a kiosk, with contact details only when the resident agreed. */
public final class IdeeHandler implements EventHandler {

    static final Set<String> THEMAS = Set.of("groen", "spelen", "verkeer", "samen", "veilig", "anders");
    static final int MAX_TEKST = 1000;
    // What an idea can react to on the kiosk: a plan's screen or a poll's.
    private static final List<String> CONTEXT = List.of("plan", "peiling");
    static final Pattern BON = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern REF = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    @Override
    public String type() {
        return "idee";
    }

    @Override
    public void check(JsonNode data) {
        String tekst = data.path("tekst").asText("");
        if (!data.path("tekst").isTextual() || tekst.isBlank() || tekst.length() > MAX_TEKST) {
            throw new IllegalArgumentException("tekst must be the idea, 1 to " + MAX_TEKST + " characters");
        }
        if (!THEMAS.contains(data.path("thema").asText())) {
            throw new IllegalArgumentException("thema must be one of " + THEMAS);
        }
        for (String soort : CONTEXT) {
            JsonNode ref = data.path(soort);
            if (!ref.isMissingNode()
                    && !ref.isNull()
                    && !(ref.isTextual() && REF.matcher(ref.asText()).matches())) {
                throw new IllegalArgumentException(soort + " must be the reference of the " + soort
                        + " the idea reacts to (letters, digits and dashes)");
            }
        }
        JsonNode bon = data.path("bon");
        if (!bon.isMissingNode()
                && !(bon.isTextual() && BON.matcher(bon.asText()).matches())) {
            throw new IllegalArgumentException("bon must be the SHA-256 (64 hex digits) of the receipt code");
        }
        JsonNode contact = data.path("contact");
        if (!contact.isMissingNode() && !contact.isNull()) {
            if (!contact.isTextual()
                    || contact.asText().isBlank()
                    || contact.asText().length() > 200) {
                throw new IllegalArgumentException("contact must be a phone number or e-mail address");
            }
            if (!data.path("toestemming").asBoolean(false)) {
                throw new IllegalArgumentException("contact is only accepted with toestemming true");
            }
        }
    }

    private static String context(JsonNode data) {
        for (String soort : CONTEXT) {
            if (data.path(soort).isTextual()) {
                return soort + "/" + data.path(soort).asText();
            }
        }
        return null;
    }

    /** The log keeps no contact details: they live only in the idea's row, wiped after the retention time. */
    @Override
    public JsonNode bewaard(JsonNode data) {
        if (!data.has("contact")) {
            return data;
        }
        ObjectNode zonderContact = data.deepCopy();
        zonderContact.remove("contact");
        return zonderContact;
    }

    @Override
    public String apply(Connection c, KioskEvent event) throws SQLException {
        JsonNode data = event.data();
        String contact =
                data.path("contact").isTextual() && data.path("toestemming").asBoolean(false)
                        ? data.path("contact").asText().strip()
                        : null;
        IdeeStore.record(
                c,
                new IdeeStore.Binnengekomen(
                        event.kiosk().id(),
                        event.seq(),
                        event.kiosk().wijk(),
                        data.path("thema").asText(),
                        data.path("tekst").asText().strip(),
                        data.path("taal").asText(null),
                        contact,
                        event.time().toString(),
                        context(data),
                        data.path("bon").asText(null)));
        return null;
    }
}
