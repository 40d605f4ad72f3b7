package nl.buurtstem.opendata.wijkupdate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/wijkupdate.test.mjs): a redacteur downloads the wijkupdate poster from
 * the staff home, after a form sent without a wijk came back with the error beside the field. The downloaded PDF is
 * the one for Diezerpoort: its QR code opens the wijk's page. They also put an address on the list for the monthly
 * mail (a wrong one first, with the error beside the field) and take it off again.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerDownloadtWijkupdateInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_staff_member_downloads_the_poster_from_the_staff_home() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("rita", "Rita Redacteur", "redacteur", WACHTWOORD);
        Path affiche = Files.createTempFile("wijkupdate", ".pdf");
        try {
            Command.Result result = new BrowserSuite("src/test/browser-beheer")
                    .run(
                            "wijkupdate.test.mjs",
                            Map.of(
                                    "CENTRAL_URL", centrale.url(),
                                    "MEDEWERKER", "rita",
                                    "WACHTWOORD", WACHTWOORD,
                                    "MAAND",
                                            YearMonth.now(ZoneId.of("Europe/Amsterdam"))
                                                    .toString(),
                                    "AFFICHE", affiche.toString()));
            assertEquals(0, result.exit(), result.output());

            GedrukteAffiche gedrukt = GedrukteAffiche.van(Files.readAllBytes(affiche));
            assertEquals(centrale.baseUri() + "doc/wijk/" + DemoContent.WIJK_DIEZERPOORT, gedrukt.qrCode());
            assertTrue(gedrukt.doorlopend().contains("Nieuws uit Diezerpoort"), gedrukt.tekst());
        } finally {
            Files.deleteIfExists(affiche);
        }
    }
}
