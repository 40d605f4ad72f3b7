package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A staff member on the staff pages without a browser: logged in by the form, sending forms with their token. */
public final class Medewerkersessie {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String url;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param url the central node's address, ending in "/" */
    public Medewerkersessie(String url) {
        this.url = url;
    }

    /** The node's own admin logged in, with the password the node writes to its data folder. */
    public static Medewerkersessie beheerder(DraaiendeCentrale centrale) throws Exception {
        return new Medewerkersessie(centrale.url()).login("admin", Beheer.beheerderswachtwoord(centrale.data()));
    }

    public Medewerkersessie login(String gebruiker, String wachtwoord) throws Exception {
        HttpResponse<String> r = post("/beheer/login", Map.of("gebruikersnaam", gebruiker, "wachtwoord", wachtwoord));
        assertEquals(303, r.statusCode(), r.body());
        return this;
    }

    /** A staff form sent as the browser sends it: with the page's token. */
    public HttpResponse<String> form(String pad, Map<String, String> velden) throws Exception {
        Matcher token = CSRF.matcher(get(pad).body());
        assertTrue(token.find(), "the page has a form: " + pad);
        Map<String, String> metToken = new HashMap<>(velden);
        metToken.put("_csrf", token.group(1));
        return post(pad, metToken);
    }

    public HttpResponse<String> get(String pad) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + pad.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A staff page's download (a poster's PDF) as the browser gets it: the bytes as sent. */
    public HttpResponse<byte[]> download(String pad) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + pad.substring(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Asks the SPARQL endpoint, as anyone may. */
    public boolean sparqlAsk(String query) throws Exception {
        return sparql(query).path("boolean").asBoolean();
    }

    /** A query to the SPARQL endpoint, as anyone may send it; the results as JSON. */
    public JsonNode sparql(String query) throws Exception {
        return Sparql.results(url, query);
    }

    private HttpResponse<String> post(String pad, Map<String, String> velden) throws Exception {
        String body = velden.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(url + pad.substring(1)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", url.replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
