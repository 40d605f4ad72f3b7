package nl.buurtstem.opendata.staff;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.web.Problems;

/**
 * A refusal or failure on a staff page, as a page in plain Dutch: never JSON, English or a stack trace. The API
 * (/api/beheer) keeps its JSON problem bodies, and so do the calls the kiosk page makes in a preview
 * (/beheer/voorbeeld/.../kiosk/api/...): its script reads the problem's type, as it does on a kiosk.
 */
final class Foutpagina implements Problems.Page {

    private static final Pattern KIOSK_API = Pattern.compile("/beheer/voorbeeld/[^/]+/[^/]+/kiosk/api/.*");

    private final StaffPaginas paginas;
    private final StaffAuth auth;

    Foutpagina(StaffPaginas paginas, StaffAuth auth) {
        this.paginas = paginas;
        this.auth = auth;
    }

    @Override
    public boolean wants(Context ctx, int status) {
        String path = ctx.path();
        String root = paginas.root();
        String local = path.startsWith(root) ? "/" + path.substring(root.length()) : path;
        return (local.equals("/beheer") || local.startsWith("/beheer/"))
                && !KIOSK_API.matcher(local).matches();
    }

    @Override
    public void render(Context ctx, int status, String type, String detail) {
        Fout fout = fout(status, type, detail);
        paginas.toon(ctx, status, wie(ctx), fout.titel(), "staff/fout.jte", fout);
    }

    private Medewerker wie(Context ctx) {
        try {
            return auth.current(ctx).orElse(null);
        } catch (Problem refused) {
            return null;
        }
    }

    static Fout fout(int status, String type, String detail) {
        return switch (type) {
            case "form-expired" -> new Fout("Formulier verlopen", detail);
            case "too-many-attempts" -> new Fout("Even wachten", detail);
            case "cross-site-request" ->
                new Fout(
                        "Niet uitgevoerd",
                        "Dit verzoek kwam niet van een pagina van deze site. Er is niets veranderd. "
                                + "Open de pagina opnieuw en probeer het nog eens.");
            case "form-required", "content-type-required" ->
                new Fout("Niet uitgevoerd", "Dit formulier is niet goed verstuurd. Open de pagina opnieuw.");
            default ->
                switch (status) {
                    case 401 -> new Fout("Inloggen nodig", "Log eerst in om deze pagina te zien.");
                    case 403 -> new Fout("Geen toegang", "Dit mag u niet met uw rol. Vraag het een beheerder.");
                    case 404 ->
                        new Fout(
                                "Pagina niet gevonden",
                                "Deze pagina bestaat niet (meer). Ga terug naar het overzicht.");
                    case 413 -> new Fout("Te groot", "Wat u stuurde is te groot. Maak het kleiner en probeer opnieuw.");
                    default ->
                        status >= 500
                                ? new Fout(
                                        "Er ging iets mis",
                                        "Er ging aan onze kant iets mis. Er is niets bewaard. Probeer het over een "
                                                + "paar minuten opnieuw; blijft het misgaan, meld het dan bij de "
                                                + "beheerder.")
                                : new Fout(
                                        "Niet gelukt",
                                        "Dit verzoek kon niet worden uitgevoerd. Open de pagina opnieuw en probeer "
                                                + "het nog eens.");
                };
        };
    }
}
