package nl.buurtstem.opendata.lod;

import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.Browsersessie;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.Await;

/** The municipality's editors, logged in as the demo's admin, changing what is published. */
final class Redactie {

    private final Browsersessie sessie;

    private Redactie(Browsersessie sessie) {
        this.sessie = sessie;
    }

    static Redactie inloggen(DraaiendeCentrale centrale) throws Exception {
        Browsersessie sessie = new Browsersessie(centrale.url());
        String wachtwoord = Beheer.beheerderswachtwoord(centrale.data());
        HttpResponse<String> login = sessie.login("admin", wachtwoord);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("admin login: " + login.statusCode() + " " + login.body());
        }
        return new Redactie(sessie);
    }

    void trekIn(String soort, String ref) throws Exception {
        expect2xx(sessie.send("POST", "/api/beheer/inhoud/" + soort + "/" + ref + "/intrekken", null));
    }

    void publiceer(String soort, String ref, String json) throws Exception {
        expect2xx(sessie.send("PUT", "/api/beheer/inhoud/" + soort + "/" + ref, json));
        expect2xx(sessie.send("POST", "/api/beheer/inhoud/" + soort + "/" + ref + "/publiceren", null));
    }

    private static void expect2xx(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().uri() + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** Waits until the published data shows what staff did (publishing follows within a moment). */
    static void wachtTot(BooleanSupplier zichtbaar, String wat) throws Exception {
        Await.await(wat, zichtbaar::getAsBoolean);
    }
}
