package nl.buurtstem.opendata.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A logged-in admin's browser visits a page elsewhere (another site, or the same host on another port, which the
 * SameSite cookie does not tell apart): whatever that page sends in the admin's name is refused, while the node's own
 * pages and scripts with the staff API key keep working. The browser's part is proved in Chromium by
 * {@link AndereSiteInChromiumTest}; here each header a browser sends is set by hand.
 */
class AndereSiteHandeltNietNamensMedewerkerTest {

    private static final String NIEUWE_BEHEERDER =
            "{\"gebruikersnaam\":\"indringer\",\"naam\":\"Indringer\",\"rol\":\"admin\",\"wachtwoord\":\"een-lang-wachtwoord-van-hem\"}";
    private static final String PLAN = """
            {"id":"stiekem-plan","wijk":"WK019313","titel":"Een plan dat niemand wilde",
             "samenvatting":"Dit plan mag alleen een publicist publiceren.","fasen":[],"momenten":[],"documenten":[],
             "demo":false}""";

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private Beheer beheer;
    private String eigen;
    private String zelfdeSiteAnderePoort;

    @BeforeEach
    void adminIsIngelogd() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
        eigen = beheer.base;
        zelfdeSiteAnderePoort = "http://localhost:" + (centrale.node().port() + 1);
        String wachtwoord = Beheer.beheerderswachtwoord(centrale.data());
        HttpResponse<String> login = send(
                "POST",
                "/api/beheer/login",
                "application/json",
                "{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\"" + wachtwoord + "\"}",
                Map.of("Origin", eigen, "Sec-Fetch-Site", "same-origin"));
        assertEquals(200, login.statusCode(), login.body());
    }

    @Test
    void a_page_on_the_same_host_but_another_port_cannot_create_an_admin_login() throws Exception {
        HttpResponse<String> json = send(
                "POST",
                "/api/beheer/medewerkers",
                "application/json",
                NIEUWE_BEHEERDER,
                Map.of("Origin", zelfdeSiteAnderePoort, "Sec-Fetch-Site", "same-site"));
        HttpResponse<String> formulier = send(
                "POST",
                "/api/beheer/medewerkers",
                "text/plain",
                NIEUWE_BEHEERDER,
                Map.of("Origin", zelfdeSiteAnderePoort, "Sec-Fetch-Site", "same-site"));
        HttpResponse<String> zonderOrigin =
                send("POST", "/api/beheer/medewerkers", "application/json", NIEUWE_BEHEERDER, Map.of());

        assertEquals(403, json.statusCode(), json.body());
        assertTrue(json.body().contains("/problems/cross-site-request"), json.body());
        assertEquals(415, formulier.statusCode(), formulier.body());
        assertEquals(403, zonderOrigin.statusCode(), zonderOrigin.body());
        assertFalse(beheer.get("/api/beheer/medewerkers").toString().contains("indringer"));
    }

    @Test
    void the_json_staff_api_refuses_text_and_form_bodies_even_from_its_own_pages() throws Exception {
        Map<String, String> eigenPagina = Map.of("Origin", eigen, "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> tekst =
                send("POST", "/api/beheer/medewerkers", "text/plain", NIEUWE_BEHEERDER, eigenPagina);
        HttpResponse<String> formulier = send(
                "POST",
                "/api/beheer/medewerkers",
                "application/x-www-form-urlencoded",
                "gebruikersnaam=indringer&rol=admin",
                eigenPagina);
        HttpResponse<String> zonderType = send("POST", "/api/beheer/medewerkers", null, NIEUWE_BEHEERDER, eigenPagina);

        assertEquals(415, tekst.statusCode(), tekst.body());
        assertEquals(415, formulier.statusCode(), formulier.body());
        assertEquals(415, zonderType.statusCode(), zonderType.body());
        assertFalse(beheer.get("/api/beheer/medewerkers").toString().contains("indringer"));
    }

    @Test
    void a_page_on_another_site_cannot_publish() throws Exception {
        assertEquals(
                200,
                send("PUT", "/api/beheer/inhoud/plan/stiekem-plan", "application/json", PLAN, Map.of("Origin", eigen))
                        .statusCode());

        HttpResponse<String> anderePoort = send(
                "POST",
                "/api/beheer/inhoud/plan/stiekem-plan/publiceren",
                null,
                null,
                Map.of("Origin", zelfdeSiteAnderePoort, "Sec-Fetch-Site", "same-site"));
        HttpResponse<String> andereSite = send(
                "POST",
                "/api/beheer/inhoud/plan/stiekem-plan/publiceren",
                null,
                null,
                Map.of("Origin", "https://elders.example", "Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> originKloptNiet = send(
                "POST",
                "/api/beheer/inhoud/plan/stiekem-plan/publiceren",
                null,
                null,
                Map.of("Origin", "https://elders.example", "Sec-Fetch-Site", "same-origin"));

        assertEquals(403, anderePoort.statusCode(), anderePoort.body());
        assertEquals(403, andereSite.statusCode(), andereSite.body());
        assertEquals(403, originKloptNiet.statusCode(), originKloptNiet.body());
        assertEquals(
                "concept",
                beheer.get("/api/beheer/inhoud/plan/stiekem-plan")
                        .path("status")
                        .asText());
    }

    @Test
    void the_node_s_own_pages_and_scripts_with_the_key_still_act() throws Exception {
        HttpResponse<String> pagina = send(
                "POST",
                "/api/beheer/medewerkers",
                "application/json",
                NIEUWE_BEHEERDER.replace("indringer", "collega"),
                Map.of("Sec-Fetch-Site", "same-origin"));
        HttpResponse<String> script =
                beheer.post("/api/beheer/medewerkers", NIEUWE_BEHEERDER.replace("indringer", "script"));
        HttpResponse<String> scriptMetTekst = beheer.http.send(
                HttpRequest.newBuilder(URI.create(eigen + "/api/beheer/medewerkers"))
                        .header("Authorization", "Bearer " + beheer.key)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(NIEUWE_BEHEERDER.replace("indringer", "tekst")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(201, pagina.statusCode(), pagina.body());
        assertEquals(201, script.statusCode(), script.body());
        assertEquals(415, scriptMetTekst.statusCode(), scriptMetTekst.body());
    }

    @Test
    void a_login_from_another_site_is_refused() throws Exception {
        HttpClient ander = HttpClient.newHttpClient();
        HttpResponse<String> login = ander.send(
                HttpRequest.newBuilder(URI.create(eigen + "/api/beheer/login"))
                        .header("Origin", zelfdeSiteAnderePoort)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\"wat-dan-ook\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(403, login.statusCode(), login.body());
    }

    @Test
    void a_staff_form_needs_the_token_of_its_own_session() throws Exception {
        Map<String, String> eigenPagina = Map.of("Origin", eigen, "Sec-Fetch-Site", "same-origin");
        String form = "application/x-www-form-urlencoded";

        HttpResponse<String> zonder = send("POST", "/beheer/uitloggen", form, "", eigenPagina);
        HttpResponse<String> verkeerd =
                send("POST", "/beheer/uitloggen", form, CsrfGuard.FIELD + "=" + CsrfGuard.tokenFor("x"), eigenPagina);
        int nogIngelogd = send("GET", "/api/beheer/ik", null, null, Map.of()).statusCode();
        HttpResponse<String> met = send(
                "POST", "/beheer/uitloggen", form, CsrfGuard.FIELD + "=" + CsrfGuard.tokenFor(sessie()), eigenPagina);

        assertEquals(403, zonder.statusCode(), zonder.body());
        assertTrue(zonder.body().contains("Dit formulier is verlopen"), zonder.body());
        assertEquals(403, verkeerd.statusCode(), verkeerd.body());
        assertEquals(200, nogIngelogd);
        assertEquals(303, met.statusCode(), met.body());
        assertEquals(401, send("GET", "/api/beheer/ik", null, null, Map.of()).statusCode());
    }

    private String sessie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(StaffAuth.COOKIE))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> send(
            String method, String path, String contentType, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(eigen + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        // Java's client follows no redirects unless asked: the 303 after logging out is seen as it is.
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
