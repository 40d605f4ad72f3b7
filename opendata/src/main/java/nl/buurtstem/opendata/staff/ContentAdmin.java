package nl.buurtstem.opendata.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.buurtstem.opendata.lod.Publicatiestatus;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;

/**
 * Draft, publish, withdraw for every kind of content, as a JSON API under /api/beheer/inhoud/{soort}:
 * editors save drafts, publishers publish and withdraw, and every change is audited with its content.
 */
final class ContentAdmin {

    private final Map<String, Inhoud<?>> kinds = new LinkedHashMap<>();
    private final ObjectMapper json;
    private final StaffAuth auth;
    private final Audit audit;
    private final Lifecycle lifecycle;
    private final ConceptStore concepts;

    private final Database db;

    ContentAdmin(Database db, ObjectMapper json, Staff staff, List<Inhoud<?>> kinds) {
        this.db = db;
        this.json = json;
        this.auth = staff.auth();
        this.audit = staff.audit();
        this.lifecycle = staff.lifecycle();
        this.concepts = new ConceptStore(db);
        kinds.forEach(k -> this.kinds.put(k.soort(), k));
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/api/beheer/inhoud", ctx -> {
            auth.require(ctx, Rol.EDITOR);
            ctx.json(kinds.keySet());
        });
        cfg.routes.get("/api/beheer/inhoud/{soort}", ctx -> {
            auth.require(ctx, Rol.EDITOR);
            ctx.json(list(kind(ctx)));
        });
        cfg.routes.get("/api/beheer/inhoud/{soort}/{ref}", ctx -> {
            auth.require(ctx, Rol.EDITOR);
            ctx.json(item(kind(ctx), ctx.pathParam("ref")));
        });
        cfg.routes.put("/api/beheer/inhoud/{soort}/{ref}", ctx -> saveDraft(ctx, kind(ctx)));
        cfg.routes.post("/api/beheer/inhoud/{soort}/{ref}/publiceren", ctx -> publish(ctx, kind(ctx)));
        cfg.routes.post("/api/beheer/inhoud/{soort}/{ref}/intrekken", ctx -> withdraw(ctx, kind(ctx)));
    }

    private Inhoud<?> kind(Context ctx) {
        Inhoud<?> kind = kinds.get(ctx.pathParam("soort"));
        if (kind == null) {
            throw Problem.notFound(
                    "Staff manage " + kinds.keySet() + "; there is no kind " + ctx.pathParam("soort") + ".");
        }
        return kind;
    }

    private <T> List<Map<String, Object>> list(Inhoud<T> kind) {
        TreeSet<String> refs = new TreeSet<>();
        kind.all().get().forEach(item -> refs.add(kind.id().apply(item)));
        refs.addAll(concepts.all(kind.soort()).keySet());
        refs.addAll(lifecycle.withdrawnJson(kind.soort()).keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String ref : refs) {
            Map<String, Object> item = item(kind, ref);
            item.remove("gepubliceerd");
            item.remove("concept");
            rows.add(item);
        }
        return rows;
    }

    private <T> Map<String, Object> item(Inhoud<T> kind, String ref) {
        Optional<T> published = kind.find().apply(ref);
        Optional<String> draft = concepts.find(kind.soort(), ref);
        String withdrawn = lifecycle.withdrawnJson(kind.soort()).get(ref);
        if (published.isEmpty() && draft.isEmpty() && withdrawn == null) {
            throw Problem.notFound("There is no " + kind.soort() + " " + ref + ".");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", ref);
        out.put(
                "status",
                (published.isPresent()
                                ? Publicatiestatus.GEPUBLICEERD
                                : withdrawn != null ? Publicatiestatus.INGETROKKEN : Publicatiestatus.CONCEPT)
                        .code());
        out.put("heeftConcept", draft.isPresent());
        T shown = published.orElseGet(() -> read(kind, draft.orElse(withdrawn)));
        out.put("titel", kind.titel().apply(shown));
        out.put("gepubliceerd", published.orElse(null));
        out.put("concept", draft.map(d -> read(kind, d)).orElse(null));
        out.put("document", "/doc/" + kind.soort() + "/" + ref);
        return out;
    }

    private <T> void saveDraft(Context ctx, Inhoud<T> kind) throws IOException {
        Medewerker wie = auth.require(ctx, Rol.EDITOR);
        String ref = ctx.pathParam("ref");
        T item = JsonBody.read(json, ctx, kind.type());
        if (!ref.equals(kind.id().apply(item))) {
            throw Problem.badRequest("id-mismatch", "The item's own reference must be " + ref + ", as in the address.");
        }
        check(kind, item);
        String body = json.writeValueAsString(item);
        db.run(c -> {
            concepts.save(kind.soort(), ref, body, wie.gebruikersnaam());
            audit.record(wie, "concept opgeslagen", kind.soort(), ref, body);
        });
        ctx.status(200).json(item(kind, ref));
    }

    private <T> void publish(Context ctx, Inhoud<T> kind) throws JsonProcessingException {
        Medewerker wie = auth.require(ctx, Rol.PUBLISHER);
        String ref = ctx.pathParam("ref");
        Optional<String> draft = concepts.find(kind.soort(), ref);
        String withdrawn = lifecycle.withdrawnJson(kind.soort()).get(ref);
        String body = draft.orElse(withdrawn);
        if (body == null) {
            throw new Problem(
                    409,
                    "nothing-to-publish",
                    "There is no draft of " + kind.soort() + " " + ref + " to publish; save one first (PUT).");
        }
        T item = read(kind, body);
        check(kind, item);
        String published = json.writeValueAsString(item);
        db.run(c -> {
            kind.save().accept(item);
            lifecycle.set(kind.soort(), ref, Publicatiestatus.GEPUBLICEERD);
            concepts.delete(kind.soort(), ref);
            audit.record(wie, "gepubliceerd", kind.soort(), ref, published);
        });
        kind.changed().accept(ref);
        ctx.json(item(kind, ref));
    }

    private <T> void withdraw(Context ctx, Inhoud<T> kind) throws JsonProcessingException {
        Medewerker wie = auth.require(ctx, Rol.PUBLISHER);
        String ref = ctx.pathParam("ref");
        T item = kind.find()
                .apply(ref)
                .orElseThrow(() -> new Problem(
                        409,
                        "not-published",
                        kind.soort() + " " + ref + " is not published, so it cannot be withdrawn."));
        String body = json.writeValueAsString(item);
        db.run(c -> {
            lifecycle.withdraw(kind.soort(), ref, body);
            kind.delete().test(ref);
            audit.record(wie, "ingetrokken", kind.soort(), ref, body);
        });
        kind.changed().accept(ref);
        ctx.json(item(kind, ref));
    }

    private <T> void check(Inhoud<T> kind, T item) {
        try {
            kind.check().accept(item);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.badRequest(
                    "invalid-" + kind.soort(),
                    e.getMessage() == null ? "A required field is missing." : e.getMessage());
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
