package nl.buurtstem.opendata.wijkupdate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.opendata.SmtpOntvanger;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff keep per wijk who gets the poster by mail: a wijkpanel member their own wijk's list, a publicist any. On the
 * 1st of December each address gets its wijk's November poster over real SMTP; the host unsubscribes with the link
 * (opening it only asks), an address the relay refused is shown as such and gets it once the relay takes it, after a
 * restart, without anyone getting November twice; in January the unsubscribed host gets nothing. No address is in
 * the audit log in full, in the node's log, or anywhere in the open data.
 */
class WijkupdateKomtPerMailTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String DIEZERPOORT = DemoContent.WIJK_DIEZERPOORT;
    private static final String ASSENDORP = "WK019313";
    private static final String GASTVROUW = "gastvrouw@dekroon.example";
    private static final String PANEL = "panel@assendorp.example";
    private static final String STUK = "stuk@dekroon.example";
    private static final String PAD = "/beheer/wijkupdate/adressen";
    private static final Pattern AFMELDLINK = Pattern.compile("http://\\S+/wijkupdate/afmelden/[A-Za-z0-9_-]+");

    @AutoClose
    private final SmtpOntvanger smtp;

    private final TestClock klok = new TestClock(Instant.parse("2026-11-30T10:00:00Z"));

    @RegisterExtension
    final DraaiendeCentrale centrale;

    private Medewerkersessie sessie;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    // The receiver is up before the node starts and @AutoClose closes it only after the node stopped.
    WijkupdateKomtPerMailTest() throws IOException {
        smtp = new SmtpOntvanger();
        FleetSettings fleet = FleetSettings.defaults()
                .withSmtp(new FleetSettings.Smtp(
                        "127.0.0.1", smtp.port(), "wijkupdate@zwolle.example", List.of(), null, null));
        centrale = new DraaiendeCentrale(node -> node.clock(klok).fleet(fleet));
    }

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        originalErr.write(b);
                        log.write(b);
                    }
                },
                true));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
    }

    @Test
    void each_address_gets_its_wijks_poster_once_a_month_until_it_unsubscribes() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        HttpResponse<String> anne = beheer.post(
                "/api/beheer/medewerkers",
                Beheer.JSON.writeValueAsString(Map.of(
                        "gebruikersnaam", "anne",
                        "naam", "anne",
                        "rol", "wijkpanel",
                        "wijk", DIEZERPOORT,
                        "wachtwoord", WACHTWOORD)));
        assertEquals(201, anne.statusCode(), anne.body());
        beheer.voegMedewerkerToe("piet", "piet", "publicist", WACHTWOORD);

        login("anne");
        HttpResponse<String> fout = sessie.form(PAD, Map.of("wijk", DIEZERPOORT, "adres", "gastvrouw@dekroon"));
        assertEquals(422, fout.statusCode());
        assertTrue(fout.body().contains("id=\"adres-fout\">Dit is geen e-mailadres."), fout.body());
        HttpResponse<String> andereWijk = sessie.form(PAD, Map.of("wijk", ASSENDORP, "adres", PANEL));
        assertEquals(422, andereWijk.statusCode());
        assertTrue(
                andereWijk.body().contains("id=\"wijk-fout\">U kunt alleen de lijst van uw eigen wijk bijhouden."),
                andereWijk.body());
        assertEquals(
                303,
                sessie.form(PAD, Map.of("wijk", DIEZERPOORT, "adres", "Gastvrouw@DeKroon.example"))
                        .statusCode());

        login("piet");
        assertEquals(
                303, sessie.form(PAD, Map.of("wijk", ASSENDORP, "adres", PANEL)).statusCode());
        assertEquals(
                303,
                sessie.form(PAD, Map.of("wijk", DIEZERPOORT, "adres", STUK)).statusCode());
        smtp.weiger(STUK);

        login("anne");
        String eigen = sessie.get(PAD).body();
        assertTrue(eigen.contains(GASTVROUW) && eigen.contains(STUK), eigen);
        assertFalse(eigen.contains(PANEL), "a wijkpanel member sees only their own wijk's list");

        JsonNode audit = beheer.get("/api/beheer/audit?soort=wijkupdate-adres");
        assertEquals(3, audit.size(), audit.toString());
        assertFalse(audit.toString().contains(GASTVROUW), "the audit log names the change, not the address");
        assertTrue(audit.toString().contains("g***@dekroon.example"), audit.toString());
        assertEquals(List.of(), smtp.mails(), "nothing before the 1st");

        klok.advance(Duration.between(klok.instant(), Instant.parse("2026-12-01T07:30:00Z"))); // 08:30 in Zwolle
        Await.await(
                smtp::mails,
                m -> smtp.aan(GASTVROUW).size() == 1 && smtp.aan(PANEL).size() == 1);
        SmtpOntvanger.Mail mail = smtp.aan(GASTVROUW).getFirst();
        assertEquals(List.of(GASTVROUW), mail.to());
        assertEquals("Wijkupdate Diezerpoort over november 2026", mail.subject());
        assertTrue(mail.tekst().contains("Hierbij de wijkupdate van Diezerpoort over november 2026."), mail.tekst());
        GedrukteAffiche affiche = GedrukteAffiche.van(mail.deel("application/pdf"));
        assertTrue(affiche.doorlopend().contains("Nieuws uit Diezerpoort"), affiche.tekst());
        assertTrue(affiche.doorlopend().contains("Wijkupdate november 2026"), affiche.tekst());
        GedrukteAffiche assendorp =
                GedrukteAffiche.van(smtp.aan(PANEL).getFirst().deel("application/pdf"));
        assertTrue(assendorp.doorlopend().contains("Nieuws uit Assendorp"), "each wijk its own poster");

        login("piet");
        String lijst = Await.await(() -> sessie.get(PAD).body(), b -> b.contains("nam dit adres niet aan"));
        assertTrue(lijst.contains("Niet bezorgd: de mailserver nam dit adres niet aan."), lijst);
        assertTrue(lijst.contains("De affiche van november 2026, verstuurd op 1 december 2026 om 08:30"), lijst);

        Matcher link = AFMELDLINK.matcher(mail.tekst());
        assertTrue(link.find(), mail.tekst());
        assertEquals("<" + link.group() + ">", mail.header("List-Unsubscribe"));
        HttpResponse<String> vraag = anoniem(link.group(), false);
        assertEquals(200, vraag.statusCode());
        assertTrue(vraag.body().contains("Ja, meld mij af") && vraag.body().contains("method=\"post\""), vraag.body());
        assertTrue(sessie.get(PAD).body().contains(GASTVROUW), "opening the link (as a mail scanner does) only asks");
        HttpResponse<String> afgemeld = anoniem(link.group(), true);
        assertEquals(200, afgemeld.statusCode());
        assertTrue(afgemeld.body().contains("U bent afgemeld"), afgemeld.body());
        assertFalse(sessie.get(PAD).body().contains(GASTVROUW), "the address is gone from the list");
        assertEquals(404, anoniem(link.group(), false).statusCode(), "the link works once");

        smtp.neemAan(STUK);
        centrale.herstart();
        klok.advance(Duration.ofHours(2));
        Await.await(smtp::mails, m -> smtp.aan(STUK).size() == 1);
        assertEquals(1, smtp.aan(STUK).size(), "the refused address gets November once the relay takes it");
        assertEquals(1, smtp.aan(PANEL).size(), "nobody gets November twice, not after a restart either");

        klok.advance(Duration.between(klok.instant(), Instant.parse("2027-01-01T07:30:00Z")));
        Await.await(
                smtp::mails, m -> smtp.aan(PANEL).size() == 2 && smtp.aan(STUK).size() == 2);
        assertEquals(
                "Wijkupdate Assendorp over december 2026",
                smtp.aan(PANEL).get(1).subject());
        assertEquals(1, smtp.aan(GASTVROUW).size(), "an unsubscribed address gets nothing");

        for (String adres : List.of("dekroon.example", "assendorp.example")) {
            assertFalse(
                    sparqlAsk("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(CONTAINS(LCASE(STR(?o)), \""
                            + adres + "\")) }"),
                    "no address in the open data: " + adres);
        }
        String logs = log.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("mailed the wijkupdate of 2026-11 to 2 addresses; 1 failed"), logs);
        for (String adres : List.of("dekroon", "assendorp.example")) {
            assertFalse(logs.toLowerCase(Locale.ROOT).contains(adres), "no address in the log: " + adres);
        }
    }

    @Test
    void a_mail_cut_off_by_a_stop_is_not_sent_again_and_staff_see_it_may_not_have_arrived() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("piet", "piet", "publicist", WACHTWOORD);
        login("piet");
        assertEquals(
                303,
                sessie.form(PAD, Map.of("wijk", DIEZERPOORT, "adres", "onzeker@dekroon.example"))
                        .statusCode());
        assertEquals(
                303,
                sessie.form(PAD, Map.of("wijk", DIEZERPOORT, "adres", GASTVROUW))
                        .statusCode());
        // What a node killed while talking to the relay leaves: November taken on for the address, never finished.
        try (Connection db = TestStore.connect(centrale.node().database());
                PreparedStatement s = db.prepareStatement(
                        "INSERT INTO wijkupdate_verzending(maand, adres_id, status, pogingen, poging_ms) SELECT"
                                + " '2026-11', id, 'bezig', 1, ? FROM wijkupdate_adres WHERE adres = ?")) {
            s.setLong(1, Instant.parse("2026-12-01T07:00:05Z").toEpochMilli());
            s.setString(2, "onzeker@dekroon.example");
            assertEquals(1, s.executeUpdate());
        }

        klok.advance(Duration.between(klok.instant(), Instant.parse("2026-12-01T07:30:00Z")));
        Await.await(smtp::mails, m -> smtp.aan(GASTVROUW).size() == 1);
        assertEquals(List.of(), smtp.aan("onzeker@dekroon.example"), "a month is never sent twice");
        login("piet");
        String lijst = sessie.get(PAD).body();
        assertTrue(
                lijst.contains("Niet zeker of de affiche van november 2026 aankwam: de server stopte tijdens het"
                        + " versturen."),
                lijst);
    }

    /** Logs in as a fresh browser would: a day's clock change ends yesterday's session and its form token. */
    private void login(String gebruiker) throws Exception {
        sessie = new Medewerkersessie(centrale.url()).login(gebruiker, WACHTWOORD);
    }

    /** The link as the recipient (or their mail scanner) follows it: no staff login; the button sends an empty POST. */
    private static HttpResponse<String> anoniem(String url, boolean knop) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url));
        if (knop) {
            r.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean sparqlAsk(String query) throws Exception {
        return Sparql.ask(centrale.url(), query);
    }
}
