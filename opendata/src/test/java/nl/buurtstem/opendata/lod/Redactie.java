package nl.buurtstem.opendata.lod;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.function.BooleanSupplier;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.Await;

/** The municipality's editors, logged in as the demo's admin, changing what is published. */
final class Redactie {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Redactie(String base) {
        this.base = base;
    }

    static Redactie inloggen(DraaiendeCentrale centrale) throws Exception {
        Redactie r = new Redactie(centrale.url());
        String wachtwoord = Files.readString(centrale.data().resolve("staff-admin-password"))
                .trim();
        HttpResponse<String> login = r.send(
                "POST", "/api/beheer/login", "{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\"" + wachtwoord + "\"}");
        if (login.statusCode() != 200) {
            throw new IllegalStateException("admin login: " + login.statusCode() + " " + login.body());
        }
        return r;
    }

    void trekIn(String soort, String ref) throws Exception {
        expect2xx(send("POST", "/api/beheer/inhoud/" + soort + "/" + ref + "/intrekken", null));
    }

    void publiceer(String soort, String ref, String json) throws Exception {
        expect2xx(send("PUT", "/api/beheer/inhoud/" + soort + "/" + ref, json));
        expect2xx(send("POST", "/api/beheer/inhoud/" + soort + "/" + ref + "/publiceren", null));
    }

    private static void expect2xx(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().uri() + ": " + r.statusCode() + " " + r.body());
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Origin", base.substring(0, base.length() - 1))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        b.header("Content-Type", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the published data shows what staff did (publishing follows within a moment). */
    static void wachtTot(BooleanSupplier zichtbaar, String wat) throws Exception {
        Await.await(wat, zichtbaar::getAsBoolean);
    }
}
