package nl.buurtstem.opendata.idee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two residents leave ideas at a kiosk, one from a plan's screen with her e-mail address. The ideeënmakelaar deals
 * with it in the browser (src/test/browser-beheer/ideeen.test.mjs); every opening of the contact details is in the
 * audit log, and 90 days after the idea was dealt with its contact details are gone from the database.
 */
@Tag("slow")
class IdeeenmakelaarHandeltIdeeAfTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(
            b -> b.clock(klok).contactBewaartermijn(Duration.ofDays(90)).contactControle(Duration.ofMillis(200)));

    @Test
    void the_ideeenmakelaar_answers_an_idea_from_a_plan_and_its_contact_details_go_after_90_days() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("ilse", "Ilse Ideeënmakelaar", "ideeenmakelaar", WACHTWOORD);
        beheer.voegMedewerkerToe("ria", "Ria Redacteur", "redacteur", WACHTWOORD);
        TestKiosk kiosk =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
        idee(kiosk, """
                {"tekst": "Een bankje bij de bushalte, dan kan ik even zitten.", "thema": "verkeer", "taal": "nl",
                 "plan": "herinrichting-vechtstraat", "contact": "buur@example.nl", "toestemming": true}""");
        idee(kiosk, """
                {"tekst": "Meer bloemen in het park.", "thema": "groen"}""");

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "ideeen.test.mjs",
                        Map.of(
                                "CENTRAL_URL", centrale.url(),
                                "MAKELAAR", "ilse",
                                "REDACTEUR", "ria",
                                "WACHTWOORD", WACHTWOORD,
                                "ARTEFACTS", "../../../target/browser-beheer"));
        assertEquals(0, result.exit(), result.output());

        assertEquals(
                "omgezet plan/herinrichting-vechtstraat ilse",
                rij(kiosk.id, "status || ' ' || omgezet_naar || ' ' || behandelaar"));
        assertTrue(
                beheer.get("/api/beheer/audit").toString().contains("contactgegevens bekeken"),
                "opening the contact details is audited");

        String chain = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct: <http://purl.org/dc/terms/>
                ASK { ?idee <%1$sdef/ideestatus> <%1$sid/ideestatus/omgezet> ;
                            dct:relation <%1$sid/plan/herinrichting-vechtstraat> ;
                            <%1$sdef/antwoord> ?antwoord .
                      <%1$sid/plan/herinrichting-vechtstraat> prov:wasDerivedFrom ?idee .
                      <%1$sid/ideestatus/omgezet> <http://www.w3.org/2004/02/skos/core#prefLabel> "Omgezet"@nl .
                      FILTER NOT EXISTS { ?idee ?p ?o FILTER(CONTAINS(STR(?o), "buur@example.nl")) } }""".formatted(centrale.baseUri());
        assertTrue(
                Await.await(() -> sparqlAsk(chain), ja -> ja),
                "SPARQL finds the idea, its status, the plan it was given at and that the plan grew from it");

        klok.advance(Duration.ofDays(89));
        centrale.wachtOpRondes("contact-bewaring", 2); // a whole round looked after the 89 days passed
        assertEquals("buur@example.nl", rij(kiosk.id, "contact"), "kept within the 90 days");
        klok.advance(Duration.ofDays(2));
        String contact = Await.await(() -> rij(kiosk.id, "contact"), c -> c == null);
        assertNull(contact, "wiped 90 days after the idea was dealt with");
    }

    private static void idee(TestKiosk kiosk, String data) throws Exception {
        kiosk.stuur(List.of(kiosk.gebeurtenis("idee", data)));
    }

    /** A column of the plan's idea, read from the database as an auditor would. */
    private String rij(String kioskId, String kolom) throws Exception {
        try (Connection c = TestStore.connect(centrale.node().database());
                PreparedStatement q =
                        c.prepareStatement("SELECT " + kolom + " FROM idee WHERE kiosk_id = ? AND seq = 1")) {
            q.setString(1, kioskId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : "(geen idee)";
            }
        }
    }

    private boolean sparqlAsk(String query) throws Exception {
        return Sparql.ask(centrale.url(), query);
    }
}
