package nl.buurtstem.opendata.voorbeeld;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.web.SecurityHeaders;

/**
 * The kiosk's own touch page (kiosk-ui, copied into this jar when it builds) served to logged-in staff under
 * {@code /beheer/voorbeeld/<soort>/<id>/kiosk/}, with a read-only answer to what the page asks there: the published
 * content plus this one draft. Nothing here reaches a kiosk or the open data, and what the page sends (an answer, an
 * idea, a vote) is refused with a problem of its own type, {@value #TELT_NIET}, so a preview never counts as a resident
 * and the kiosk page can say why instead of a resident's reason (such as a used stemcode).
 */
public final class KioskVoorbeeld {

    /** The problem type of whatever the kiosk page sends in a preview. */
    public static final String TELT_NIET = "voorbeeld-telt-niet";

    /**
     * What the kiosk page's {@code api/...} call {@code pad} answers in the preview of draft {@code id}: JSON, or a
     * {@link URI} on this node where the file is (e.g. a photo the kiosk would keep on its own disk); null: none.
     */
    @FunctionalInterface
    public interface Api {
        Object antwoord(String id, String pad);
    }

    private static final Pattern BESTAND = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(html|js|css|json)");
    private static final Map<String, String> SOORTEN = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final StaffPaginas paginas;

    public KioskVoorbeeld(StaffPaginas paginas) {
        this.paginas = paginas;
    }

    /** Where the kiosk page for draft {@code id} of {@code soort} opens, on {@code scherm} with argument {@code met}. */
    public static String pad(String soort, String id, String scherm, String met) {
        return "/beheer/voorbeeld/" + soort + "/" + id + "/kiosk/index.html?voorbeeld&scherm=" + scherm
                + (met == null ? "" : "&met=" + met);
    }

    /** The staff page for item {@code id}: what it shows, on which kiosk screen. */
    @FunctionalInterface
    public interface Scherm {
        VoorbeeldScherm voor(String id);
    }

    /**
     * Serves the preview of drafts of {@code soort} to staff who may at least work as {@code rol} on that kind: the
     * staff page at {@code formulier}/voorbeeld (the form's route; its {id}, if any, is the item) and the kiosk page.
     */
    public void install(JavalinConfig cfg, String soort, Rol rol, String formulier, Scherm scherm, Api api) {
        cfg.routes.get(formulier + "/voorbeeld", ctx -> {
            Medewerker wie = paginas.vereist(ctx, rol);
            VoorbeeldScherm m = scherm.voor(ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id") : soort);
            paginas.toon(ctx, wie, "Voorbeeld op de kiosk: " + m.titel(), "voorbeeld/kiosk.jte", m);
        });
        cfg.routes.get("/beheer/voorbeeld/" + soort + "/{id}/kiosk/<pad>", ctx -> antwoord(ctx, rol, api));
        cfg.routes.post("/beheer/voorbeeld/" + soort + "/{id}/kiosk/<pad>", ctx -> {
            paginas.vereist(ctx, rol);
            // A fetch's answer, never a document in the frame: it keeps the node's frame-ancestors 'none'.
            throw new Problem(
                    403, TELT_NIET, "Dit is een voorbeeld op de kiosk: wat u hier kiest of stuurt, telt niet.");
        });
    }

    private void antwoord(Context ctx, Rol rol, Api api) {
        paginas.vereist(ctx, rol);
        String pad = ctx.pathParam("pad");
        if (pad.startsWith("api/")) {
            Object antwoord = api.antwoord(ctx.pathParam("id"), pad.substring(4));
            if (antwoord == null) {
                antwoord = standaard(pad.substring(4));
            }
            if (antwoord == null) {
                throw Problem.notFound("De voorvertoning van de kiosk heeft geen " + pad + ".");
            }
            if (antwoord instanceof URI elders) {
                magInFrame(ctx).redirect(elders.getRawPath());
            } else {
                magInFrame(ctx).json(antwoord);
            }
            return;
        }
        InputStream bestand = BESTAND.matcher(pad).matches()
                ? KioskVoorbeeld.class.getResourceAsStream("/kioskvoorbeeld/" + pad)
                : null;
        if (bestand == null) {
            throw Problem.notFound("De kiosk heeft geen bestand " + pad + ".");
        }
        magInFrame(ctx)
                .contentType(SOORTEN.get(pad.substring(pad.lastIndexOf('.') + 1)))
                .result(bestand);
    }

    /** Framed by the staff page beside it, and by no other site; a refusal keeps the node's usual "never framed". */
    private static Context magInFrame(Context ctx) {
        return ctx.header("Content-Security-Policy", SecurityHeaders.FRAMED_BY_SELF)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Cache-Control", "no-store");
    }

    /** What every preview answers alike: no translations loaded (the Dutch screen), the help button never pressed. */
    private static Object standaard(String pad) {
        return switch (pad) {
            case "vertalingen" -> Map.of();
            case "hulpknop" -> Map.of("keer", 0);
            default -> null;
        };
    }
}
