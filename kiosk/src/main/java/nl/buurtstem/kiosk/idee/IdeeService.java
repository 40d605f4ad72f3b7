package nl.buurtstem.kiosk.idee;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtstem.kiosk.inbreng.Bon;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.Outbox;
import nl.buurtstem.kiosk.web.Problem;

/**
 * Keeps an idea a resident typed: queued for the central node like an answer, in the same transaction as the
 * kiosk's own note of it. Contact details travel only inside the queued event (to the central node); the kiosk's
 * own table never holds them, so they leave the kiosk once the central node acknowledged the event.
 */
public final class IdeeService {

    static final Set<String> THEMAS = Set.of("groen", "spelen", "verkeer", "samen", "veilig", "anders");
    static final int MAX_TEKST = 1000;
    // Checked before the patterns below, whose backtracking grows with the length of what they are given.
    static final int MAX_CONTACT = 200;
    private static final Pattern REF = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** The kiosk's own note of each idea (never its text's contact details). */
    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "idee",
            List.of(
                    "CREATE TABLE IF NOT EXISTS idee (seq INTEGER PRIMARY KEY, thema TEXT NOT NULL, at TEXT NOT NULL)",
                    // The hash of the receipt code shown to the resident, so "Mijn inbreng" knows it is still here.
                    "ALTER TABLE idee ADD COLUMN bon TEXT"));

    private final Database db;
    private final ObjectMapper json;
    private final Clock clock;
    private final Runnable queued;

    public IdeeService(Database db, ObjectMapper json, Clock clock, Runnable queued) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.queued = queued;
    }

    /** An idea as the screen sends it; {@code contact} only with {@code toestemming}. */
    public record Idee(
            String tekst,
            String thema,
            String contact,
            Boolean toestemming,
            String taal,
            String plan,
            String peiling) {}

    /** Queues the idea; returns the receipt code to show the resident (once: only its hash is kept). */
    public String bewaar(Idee idee) {
        String tekst = idee.tekst() == null ? "" : idee.tekst().strip();
        if (tekst.isEmpty() || tekst.length() > MAX_TEKST) {
            throw new Problem(400, "invalid-idee", "tekst must be 1 to " + MAX_TEKST + " characters.");
        }
        if (idee.thema() == null || !THEMAS.contains(idee.thema())) {
            throw new Problem(400, "invalid-thema", "thema must be one of " + THEMAS + ".");
        }
        String contact = idee.contact() == null || idee.contact().isBlank()
                ? null
                : idee.contact().strip();
        if (contact != null && !Boolean.TRUE.equals(idee.toestemming())) {
            throw new Problem(
                    400, "contact-without-consent", "Contact details are only kept when toestemming is true.");
        }
        if (contact != null
                && (contact.length() > MAX_CONTACT
                        || !(contact.matches("\\+?[0-9 ()-]{6,20}")
                                || contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")))) {
            throw new Problem(400, "invalid-contact", "contact must be a phone number or an e-mail address.");
        }
        ObjectNode data = json.createObjectNode().put("tekst", tekst).put("thema", idee.thema());
        if (idee.taal() != null && idee.taal().matches("[a-z]{2}")) {
            data.put("taal", idee.taal());
        }
        if (contact != null) {
            data.put("contact", contact).put("toestemming", true);
        }
        // The plan or poll it was given at, so the municipality reads it there; only a reference, checked here.
        if (idee.plan() != null && REF.matcher(idee.plan()).matches()) {
            data.put("plan", idee.plan());
        } else if (idee.peiling() != null && REF.matcher(idee.peiling()).matches()) {
            data.put("peiling", idee.peiling());
        }
        String bon = Bon.nieuw();
        String bonHash = Bon.hash(bon);
        data.put("bon", bonHash);
        Instant now = clock.instant();
        db.transaction(c -> {
            long s = Outbox.append(c, "idee", data.toString(), now);
            try (var insert = c.prepareStatement("INSERT INTO idee(seq, thema, at, bon) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, s);
                insert.setString(2, idee.thema());
                insert.setString(3, now.toString());
                insert.setString(4, bonHash);
                insert.executeUpdate();
            }
            return s;
        });
        queued.run();
        return bon;
    }
}
