package nl.buurtstem.opendata.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.Browsersessie;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff with personal logins draft, publish and withdraw a plan; the open data follows; everything is audited. */
@Tag("slow")
class RedacteurPubliceertEnTrektPlanInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = """
            {"id":"bankjes-assendorp","wijk":"WK019313","titel":"Meer bankjes in Assendorp",
             "samenvatting":"Langs de Assendorperstraat komen bankjes om even uit te rusten.",
             "fasen":[{"naam":"Plekken kiezen","van":"2027-01-01","tot":"2027-02-28"}],
             "momenten":[{"wat":"Wandeling langs de plekken","wanneer":"2027-01-20T10:00:00","waar":"Buurthuis Assendorp",
                          "hoe":"Loop mee en wijs aan waar u graag zit."}],
             "documenten":[{"titel":"Schetsontwerp bankjes","url":"https://www.zwolle.nl/documenten/schetsontwerp-bankjes.pdf"}],
             "demo":false}""";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Browsersessie admin;
    private Browsersessie eva;
    private Browsersessie piet;

    @BeforeEach
    void logIn() throws Exception {
        admin = new Browsersessie(centrale.url());
        assertEquals(
                200,
                admin.login("admin", Beheer.beheerderswachtwoord(centrale.data()))
                        .statusCode());
        assertEquals(
                201,
                admin.send(
                                "POST",
                                "/api/beheer/medewerkers",
                                "{\"gebruikersnaam\":\"eva\",\"naam\":\"Eva Redacteur\",\"rol\":\"editor\",\"wachtwoord\":\"eva-heeft-een-lang-wachtwoord\"}")
                        .statusCode());
        assertEquals(
                201,
                admin.send(
                                "POST",
                                "/api/beheer/medewerkers",
                                "{\"gebruikersnaam\":\"piet\",\"naam\":\"Piet Publiceert\",\"rol\":\"publisher\",\"wachtwoord\":\"piet-heeft-ook-een-lang\"}")
                        .statusCode());
        eva = new Browsersessie(centrale.url());
        piet = new Browsersessie(centrale.url());
        assertEquals(200, eva.login("eva", "eva-heeft-een-lang-wachtwoord").statusCode());
        assertEquals(200, piet.login("piet", "piet-heeft-ook-een-lang").statusCode());
    }

    @Test
    void a_draft_stays_private_until_a_publisher_publishes_it() throws Exception {
        assertEquals(
                200,
                eva.send("PUT", "/api/beheer/inhoud/plan/bankjes-assendorp", PLAN)
                        .statusCode());
        assertEquals(404, eva.get("/doc/plan/bankjes-assendorp", "text/turtle").statusCode());
        assertFalse(ask("ASK { <%sid/plan/bankjes-assendorp> ?p ?o }"));

        HttpResponse<String> refused = eva.send("POST", "/api/beheer/inhoud/plan/bankjes-assendorp/publiceren", null);
        assertEquals(403, refused.statusCode(), "an editor may not publish");

        assertEquals(
                200,
                piet.send("POST", "/api/beheer/inhoud/plan/bankjes-assendorp/publiceren", null)
                        .statusCode());
        assertTrue(
                await(
                        () -> ask(
                                "ASK { <%sid/plan/bankjes-assendorp> <http://purl.org/dc/terms/title> \"Meer bankjes in Assendorp\"@nl }")),
                "published plan visible in SPARQL within 10 s");
        String turtle = piet.get("/doc/plan/bankjes-assendorp", "text/turtle").body();
        assertTrue(turtle.contains("Meer bankjes in Assendorp"));
        assertTrue(
                turtle.contains("https://www.zwolle.nl/documenten/schetsontwerp-bankjes.pdf"),
                "its documents are linked");
    }

    @Test
    void a_withdrawn_plan_keeps_a_page_that_says_so_with_410() throws Exception {
        eva.send("PUT", "/api/beheer/inhoud/plan/bankjes-assendorp", PLAN);
        piet.send("POST", "/api/beheer/inhoud/plan/bankjes-assendorp/publiceren", null);
        assertTrue(await(
                () -> piet.get("/doc/plan/bankjes-assendorp", "text/turtle").statusCode() == 200));

        assertEquals(
                200,
                piet.send("POST", "/api/beheer/inhoud/plan/bankjes-assendorp/intrekken", null)
                        .statusCode());

        assertTrue(await(
                () -> piet.get("/doc/plan/bankjes-assendorp", "text/turtle").statusCode() == 410));
        HttpResponse<String> gone = piet.get("/doc/plan/bankjes-assendorp", "text/turtle");
        assertTrue(gone.body().contains("http://purl.org/adms/status/Withdrawn"), gone.body());
        assertTrue(gone.body().contains("invalidatedAtTime"), "says when it was withdrawn: " + gone.body());
        assertTrue(gone.body().contains("/def/Plan"), "still says what kind of thing it was");
        assertFalse(gone.body().contains("Meer bankjes in Assendorp"), "its text is gone, the title too");
        assertFalse(gone.body().contains("Wandeling langs de plekken"), "its details are gone");
        HttpResponse<String> page = piet.get("/doc/plan/bankjes-assendorp", "text/html");
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("Ingetrokken"));
    }

    @Test
    void every_change_is_audited_with_who_when_and_what() throws Exception {
        eva.send("PUT", "/api/beheer/inhoud/plan/bankjes-assendorp", PLAN);
        piet.send("POST", "/api/beheer/inhoud/plan/bankjes-assendorp/publiceren", null);
        piet.send("POST", "/api/beheer/inhoud/plan/bankjes-assendorp/intrekken", null);

        JsonNode log = JSON.readTree(admin.get("/api/beheer/audit?soort=plan&ref=bankjes-assendorp", "application/json")
                .body());

        assertEquals(3, log.size(), log.toString());
        assertEquals("ingetrokken", log.get(0).get("actie").asText());
        assertTrue(log.get(0).get("wie").asText().startsWith("piet"));
        assertEquals("gepubliceerd", log.get(1).get("actie").asText());
        assertEquals("concept opgeslagen", log.get(2).get("actie").asText());
        assertTrue(log.get(2).get("wie").asText().startsWith("eva"));
        assertTrue(log.get(2).get("wat").asText().contains("Meer bankjes in Assendorp"));
        assertFalse(log.get(2).get("tijd").asText().isBlank());
        assertEquals(
                403, eva.get("/api/beheer/audit", "application/json").statusCode(), "only admins read the audit log");
    }

    @Test
    void without_login_nothing_changes_and_the_staff_api_key_still_works() throws Exception {
        Browsersessie anoniem = new Browsersessie(centrale.url());
        assertEquals(
                401,
                anoniem.send("PUT", "/api/beheer/inhoud/plan/bankjes-assendorp", PLAN)
                        .statusCode());
        assertEquals(401, anoniem.login("eva", "niet-het-goede-wachtwoord").statusCode());
        assertEquals(
                400,
                eva.send("PUT", "/api/beheer/inhoud/plan/bankjes-assendorp", PLAN.replace("WK019313", "Assendorp"))
                        .statusCode());

        var me = new Beheer(centrale.url(), centrale.data()).send("GET", "/api/beheer/ik", null);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("ADMIN"));
    }

    private boolean ask(String query) throws Exception {
        String q = URLEncoder.encode(query.formatted(centrale.baseUri()), StandardCharsets.UTF_8);
        return JSON.readTree(admin.get("/sparql?query=" + q, "application/sparql-results+json")
                        .body())
                .get("boolean")
                .asBoolean();
    }

    private static boolean await(Callable<Boolean> condition) throws Exception {
        return Await.await(condition::call, Boolean::booleanValue);
    }
}
