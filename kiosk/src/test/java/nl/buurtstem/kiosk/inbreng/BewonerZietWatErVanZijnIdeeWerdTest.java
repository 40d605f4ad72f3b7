package nl.buurtstem.kiosk.inbreng;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.buurtstem.kiosk.Browser;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.opendata.wijkupdate.GedrukteAffiche;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's whole loop, told once with the real parts: a central node, the kiosks of De Kroon and Het Anker, and
 * Debian's Chromium (src/test/browser/kringloop.test.mjs). A resident's idea from a plan's screen becomes a wijkbudget
 * proposal that wins; she reads the answer in Arabic on the other kiosk with her receipt code; SPARQL follows idea →
 * proposal → result; this month's poster names the result. Contact details are kept two seconds after the idea was
 * dealt with (a short {@code --contact-bewaartermijn}), after which neither database holds them, not even in the bytes
 * of its file.
 */
@Tag("slow")
class BewonerZietWatErVanZijnIdeeWerdTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String TELEFOON = "0687651234";
    private static final String WIJKBUDGET = "bushalte-vechtstraat";
    private static final String BUDGET = """
            {"id": "%s", "wijk": "%s", "titel": "Wijkbudget bushalte Vechtstraat",
             "uitleg": "Verdeel 1.000 euro over de bushalte.", "bedrag": 1000, "stemcodes": false, "demo": false,
             "voorstellen": [{"id": "bankje", "titel": "Bankje bij de bushalte", "bedrag": 600},
                             {"id": "bloembakken", "titel": "Bloembakken bij de bushalte", "bedrag": 300}]}""".formatted(WIJKBUDGET, Centrale.WIJK);

    @TempDir
    Path data;

    private TweeBuurthuizen buurt;

    @AfterEach
    void stop() {
        if (buurt != null) {
            buurt.close();
        }
    }

    @Test
    void her_idea_becomes_a_chosen_proposal_she_reads_about_in_arabic_and_her_phone_number_goes() throws Exception {
        Browser.KRINGLOOP.requireTools();
        buurt = TweeBuurthuizen.start(data, b -> b.contactBewaartermijn(Duration.ofSeconds(2)));
        Centrale centrale = buurt.centrale;
        centrale.medewerker("ilse", "Ilse Ideeënmakelaar", "ideeenmakelaar", WACHTWOORD);
        centrale.medewerker("tarik", "Tarik Vertaler", "redacteur", WACHTWOORD);
        assertEquals(200, centrale.publiceer("wijkbudget", WIJKBUDGET, BUDGET).statusCode());

        Path artefacts = Browser.artefacts("kringloop");
        Command.Result verhaal = Browser.KRINGLOOP.run(
                Map.of(
                        "KIOSK_A",
                        buurt.deKroon.url(),
                        "KIOSK_B",
                        buurt.hetAnker.url(),
                        "CENTRAL_URL",
                        centrale.url(),
                        "STAFF_KEY",
                        centrale.staffKey(),
                        "MAKELAAR",
                        "ilse",
                        "VERTALER",
                        "tarik",
                        "WACHTWOORD",
                        WACHTWOORD,
                        "WIJKBUDGET_JSON",
                        BUDGET,
                        "TELEFOON",
                        TELEFOON,
                        "ARTEFACTS",
                        artefacts.toString()),
                artefacts);
        System.out.println(verhaal.output());
        assertEquals(0, verhaal.exit(), "kringloop.test.mjs failed; see " + artefacts.resolve("browser.log"));

        GedrukteAffiche affiche = GedrukteAffiche.van(Files.readAllBytes(artefacts.resolve("wijkupdate.pdf")));
        ImageIO.write(
                affiche.pagina(), "png", artefacts.resolve("wijkupdate.png").toFile());
        String tekst = affiche.doorlopend();
        assertEquals(1, affiche.paginas(), tekst);
        assertTrue(tekst.contains("Gekozen: Bankje bij de bushalte"), "the poster names the result: " + tekst);
        assertTrue(tekst.contains("Het bankje is nu een voorstel voor het wijkbudget"), "and the answer: " + tekst);
        assertEquals(centrale.url() + "doc/wijk/" + Centrale.WIJK, affiche.qrCode(), "read from the rendered page");
        assertFalse(tekst.contains(TELEFOON), tekst);

        assertEquals(
                List.of("0"),
                await(
                        () -> centrale.rijen("SELECT count(*) FROM idee WHERE contact IS NOT NULL"),
                        List.of("0")::equals),
                "wiped two seconds after the idea was dealt with");
        assertEquals(List.of("1"), centrale.rijen("SELECT count(*) FROM idee WHERE contact_gewist IS NOT NULL"));
        buurt.deKroon.stop();
        geenTelefoonIn(data.resolve("de-kroon"), "kiosk.db");
        if (Files.exists(data.resolve("centrale/central.db"))) {
            buurt.centraleUit();
            geenTelefoonIn(data.resolve("centrale"), "central.db");
        } else {
            assertEquals(
                    List.of("0"),
                    centrale.rijen("SELECT count(*) FROM kiosk_event WHERE data LIKE ?", "%" + TELEFOON + "%"));
        }
    }

    /** Not in the database file nor its journal, as bytes: deleted content is zeroed, not only unlinked. */
    private static void geenTelefoonIn(Path map, String database) throws Exception {
        try (var bestanden = Files.list(map)) {
            for (Path bestand : bestanden
                    .filter(f -> f.getFileName().toString().startsWith(database))
                    .toList()) {
                String bytes = new String(Files.readAllBytes(bestand), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(TELEFOON), bestand + " still holds the resident's phone number");
            }
        }
    }
}
