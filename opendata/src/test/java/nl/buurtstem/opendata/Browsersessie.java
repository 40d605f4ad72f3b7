package nl.buurtstem.opendata;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A staff member's browser session on the staff API of a running central node: logged in with a password, its own
 * cookies, and the node's Origin on every call as the node's pages send it. Staff without a login use {@link Beheer}.
 */
public final class Browsersessie {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param base the central node's address, ending in "/" */
    public Browsersessie(String base) {
        this.base = base;
    }

    public HttpResponse<String> login(String gebruiker, String wachtwoord) throws Exception {
        return send(
                "POST",
                "/api/beheer/login",
                "{\"gebruikersnaam\":\"" + gebruiker + "\",\"wachtwoord\":\"" + wachtwoord + "\"}");
    }

    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        // As a browser does for every POST from one of the node's pages.
        b.header("Origin", base.replaceAll("/$", ""));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
