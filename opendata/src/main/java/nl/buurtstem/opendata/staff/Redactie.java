package nl.buurtstem.opendata.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.lod.Publicatiestatus;
import nl.buurtstem.opendata.store.Database;

/**
 * The one draft → publish → withdraw flow for every kind of content, used by the JSON API and by the staff forms:
 * drafts stay apart from what is published, each step is checked, and every step lands in the audit log with its
 * content, in the same transaction as the change.
 */
public final class Redactie {

    /** Refused, with a message for staff in plain Dutch. */
    public static final class Geweigerd extends RuntimeException {
        private final int status;

        Geweigerd(int status, String waarom) {
            super(waarom, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Database db;
    private final ObjectMapper json;
    private final Audit audit;
    private final Lifecycle lifecycle;
    private final ConceptStore concepts;

    Redactie(Database db, ObjectMapper json, Audit audit, Lifecycle lifecycle) {
        this.db = db;
        this.json = json;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.concepts = new ConceptStore(db);
    }

    /** Saves {@code item} as the draft of its reference; {@link Inhoud#check} must accept it. */
    public <T> void bewaarConcept(Medewerker wie, Inhoud<T> kind, T item) {
        kind.check().accept(item);
        String ref = kind.id().apply(item);
        String body = write(item);
        db.run(c -> {
            concepts.save(kind.soort(), ref, body, wie.gebruikersnaam());
            audit.record(wie, "concept opgeslagen", kind.soort(), ref, body);
        });
    }

    public <T> Optional<T> concept(Inhoud<T> kind, String ref) {
        return concepts.find(kind.soort(), ref).map(body -> read(kind, body));
    }

    /** Every draft of this kind, by reference. */
    public <T> Map<String, T> concepten(Inhoud<T> kind) {
        Map<String, T> result = new LinkedHashMap<>();
        concepts.all(kind.soort()).forEach((ref, body) -> result.put(ref, read(kind, body)));
        return result;
    }

    /** The last published version of a withdrawn item. */
    public <T> Optional<T> ingetrokken(Inhoud<T> kind, String ref) {
        return Optional.ofNullable(lifecycle.withdrawnJson(kind.soort()).get(ref))
                .map(body -> read(kind, body));
    }

    public <T> Map<String, T> alleIngetrokken(Inhoud<T> kind) {
        Map<String, T> result = new LinkedHashMap<>();
        lifecycle.withdrawnJson(kind.soort()).forEach((ref, body) -> result.put(ref, read(kind, body)));
        return result;
    }

    /** Publishes the draft (or republishes a withdrawn item); residents and the open data see it from now on. */
    public <T> T publiceer(Medewerker wie, Inhoud<T> kind, String ref) {
        String body = concepts.find(kind.soort(), ref)
                .orElseGet(() -> lifecycle.withdrawnJson(kind.soort()).get(ref));
        if (body == null) {
            throw new Geweigerd(409, "Er is geen concept om te publiceren. Bewaar eerst een concept.");
        }
        T item = read(kind, body);
        kind.check().accept(item);
        String published = write(item);
        db.run(c -> {
            kind.save().accept(item);
            lifecycle.set(kind.soort(), ref, Publicatiestatus.GEPUBLICEERD);
            concepts.delete(kind.soort(), ref);
            audit.record(wie, "gepubliceerd", kind.soort(), ref, published);
        });
        kind.changed().accept(ref);
        return item;
    }

    /** Changes what is published directly (closing or archiving a poll), as {@code actie} in the audit log. */
    public <T> void wijzigGepubliceerd(Medewerker wie, Inhoud<T> kind, T item, String actie) {
        kind.check().accept(item);
        String ref = kind.id().apply(item);
        if (kind.find().apply(ref).isEmpty()) {
            throw new Geweigerd(409, "Dit is niet gepubliceerd.");
        }
        String body = write(item);
        db.run(c -> {
            kind.save().accept(item);
            audit.record(wie, actie, kind.soort(), ref, body);
        });
        kind.changed().accept(ref);
    }

    /** Takes a published item back: for mistakes. The reason goes into the audit log. */
    public <T> T trekIn(Medewerker wie, Inhoud<T> kind, String ref, String reden) {
        T item = kind.find()
                .apply(ref)
                .orElseThrow(
                        () -> new Geweigerd(409, "Dit is niet gepubliceerd, dus het kan niet worden ingetrokken."));
        String body = write(item);
        db.run(c -> {
            lifecycle.withdraw(kind.soort(), ref, body);
            kind.delete().test(ref);
            audit.record(wie, "ingetrokken", kind.soort(), ref, reden == null ? body : "reden: " + reden + "\n" + body);
        });
        kind.changed().accept(ref);
        return item;
    }

    private <T> String write(T item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content cannot be written as JSON", e);
        }
    }

    private <T> T read(Inhoud<T> kind, String body) {
        try {
            return json.readValue(body, kind.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + kind.soort() + " is unreadable", e);
        }
    }
}
