package nl.buurtstem.opendata.wijkupdate;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.web.Html;

/**
 * /wijkupdate/afmelden/{token}, the link in every monthly mail. Opening it only asks; the button (a POST) removes the
 * address: mail scanners open every link in a mail, and must not unsubscribe anyone by doing so.
 */
final class AfmeldHandler {

    static final String PAD = "/wijkupdate/afmelden/{token}";

    private final Adressenlijst lijst;
    private final Function<String, String> wijknaam;
    private final String root;

    AfmeldHandler(Adressenlijst lijst, Function<String, String> wijknaam, String root) {
        this.lijst = lijst;
        this.wijknaam = wijknaam;
        this.root = root;
    }

    void vraag(Context ctx) {
        Optional<Abonnee> a = abonnee(ctx);
        if (a.isEmpty()) {
            return;
        }
        toon(ctx, 200, "Afmelden voor de wijkupdate", """
                <h1>Afmelden voor de wijkupdate</h1>
                <p>U krijgt elke maand de wijkupdate van %s op %s.</p>
                <p>Wilt u deze mail niet meer krijgen? Klik dan op de knop. Wij halen uw e-mailadres dan van de lijst.</p>
                <form method="post" action="%s">
                <button type="submit">Ja, meld mij af</button>
                </form>
                <p>Wilt u de mail wel blijven krijgen? Dan hoeft u niets te doen. U kunt deze pagina sluiten.</p>
                """.formatted(
                        Html.escape(wijknaam.apply(a.get().wijk())),
                        Html.escape(a.get().gemaskeerd()),
                        "/wijkupdate/afmelden/" + Html.escape(a.get().token())));
    }

    void afmelden(Context ctx) {
        Optional<Abonnee> a = abonnee(ctx);
        if (a.isEmpty()) {
            return;
        }
        lijst.verwijder(a.get().id());
        toon(ctx, 200, "U bent afgemeld", """
                <h1>U bent afgemeld</h1>
                <p>U krijgt de wijkupdate van %s niet meer. Uw e-mailadres staat niet meer op de lijst.</p>
                <p>Wilt u de wijkupdate later toch weer krijgen? Vraag het dan aan de gemeente of aan uw wijkpanel.</p>
                """.formatted(
                        Html.escape(wijknaam.apply(a.get().wijk()))));
    }

    private Optional<Abonnee> abonnee(Context ctx) {
        Optional<Abonnee> a = lijst.metToken(ctx.pathParam("token"));
        if (a.isEmpty()) {
            toon(ctx, 404, "Link werkt niet", """
                    <h1>Deze link werkt niet (meer)</h1>
                    <p>Misschien bent u al afgemeld. Dan krijgt u de wijkupdate niet meer en hoeft u niets te doen.</p>
                    """);
        }
        return a;
    }

    private void toon(Context ctx, int status, String titel, String body) {
        // The link is personal: no cache and no referrer may keep it.
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.status(status).html(Html.page(titel, body, root));
    }
}
