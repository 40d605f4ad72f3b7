package nl.buurtstem.opendata.staff;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.opendata.web.Html;

/**
 * What every staff page of every feature uses: who is logged in (else on to the login page), rendering a jte template
 * (src/main/jte) in the staff layout, and sending the browser on with a message after a form (post, redirect, get).
 *
 * <p>A template takes {@code Pagina p} (title, who, form token, message) and, when it has its own, {@code m}.
 */
public final class StaffPaginas {

    /** Thrown when nobody is logged in; the browser goes to the login page and comes back after. */
    static final class NietIngelogd extends RuntimeException {
        NietIngelogd() {
            super(null, null, false, false);
        }
    }

    /** Thrown when the role does not allow it; shown as a page saying so, in Dutch. */
    public static final class GeenToegang extends RuntimeException {
        public GeenToegang(String waarom) {
            super(waarom, null, false, false);
        }
    }

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final StaffAuth auth;
    private final String root;

    StaffPaginas(StaffAuth auth, String root) {
        this.auth = auth;
        this.root = root;
    }

    /** The logged-in staff member, if they have at least role {@code nodig}. */
    public Medewerker vereist(Context ctx, Rol nodig) {
        Medewerker wie = auth.current(ctx).orElseThrow(NietIngelogd::new);
        if (!wie.rol().mag(nodig)) {
            throw new GeenToegang("Dit kan alleen een " + nodig.naam().toLowerCase(Locale.ROOT)
                    + " of iemand met meer rechten. U bent " + wie.rol().naam().toLowerCase(Locale.ROOT)
                    + ". Vraag het een beheerder.");
        }
        return wie;
    }

    /** Renders {@code template} with status 200. */
    public void toon(Context ctx, Medewerker wie, String titel, String template, Object model) {
        toon(ctx, 200, wie, titel, template, model);
    }

    /** Renders {@code template}; a form with errors comes back with 422, so scripts and tests see it was refused. */
    public void toon(Context ctx, int status, Medewerker wie, String titel, String template, Object model) {
        Map<String, Object> params = new HashMap<>();
        params.put("p", pagina(ctx, titel, wie));
        if (model != null) {
            params.put("m", model);
        }
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.status(status).html(Html.underRoot(out.toString(), root));
    }

    Pagina pagina(Context ctx, String titel, Medewerker wie) {
        return new Pagina(titel, wie, CsrfGuard.token(ctx), Flash.lees(ctx));
    }

    /** After a form did its work: on to {@code pad} (below /beheer/), which shows {@code melding} once. */
    public void verder(Context ctx, String pad, String melding) {
        if (melding != null) {
            Flash.zet(ctx, melding);
        }
        ctx.redirect(root + "beheer/" + pad, HttpStatus.SEE_OTHER);
    }

    String root() {
        return root;
    }
}
