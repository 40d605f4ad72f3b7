package nl.buurtstem.kiosk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtstem.kiosk.Browser;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publicist writes Diezerpoort's gebiedsagenda and a translator puts it into Arabic on the central node; De Kroon's
 * kiosk syncs, and a resident at 800x480 who reads Arabic finds the agenda with the plans for her wijk, in Arabic, right
 * to left. After the publicist rewrites a goal, she reads that goal in Dutch with the note that it is not in her
 * language yet, instead of an Arabic that says something else (src/test/browser/gebiedsagenda.test.mjs; screenshots in
 * target/kiosk-screenshots/gebiedsagenda).
 */
@Tag("slow")
class BewonerLeestDeGebiedsagendaInHaarTaalTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void she_reads_the_agenda_in_arabic_and_a_changed_goal_in_dutch_with_the_note() throws Exception {
        Browser.GEBIEDSAGENDA.requireTools();
        gemeente = Gemeente.start(centralData);
        Centrale centrale = gemeente.centrale();
        centrale.medewerker("petra", "Petra Publicist", "publicist", WACHTWOORD);
        centrale.medewerker("tarik", "Tarik Vertaler", "redacteur", WACHTWOORD);
        kiosk = gemeente.kiosk("Buurthuis De Kroon", kioskData).build().start();

        Path artefacts = Browser.artefacts("kiosk-screenshots/gebiedsagenda");
        Command.Result verhaal = Browser.GEBIEDSAGENDA.run(
                Map.of(
                        "KIOSK_URL",
                        kiosk.url(),
                        "CENTRAL_URL",
                        centrale.url(),
                        "PUBLICIST",
                        "petra",
                        "VERTALER",
                        "tarik",
                        "WACHTWOORD",
                        WACHTWOORD,
                        "ARTEFACTS",
                        artefacts.toString()),
                artefacts);
        System.out.println(verhaal.output());
        assertEquals(0, verhaal.exit(), "gebiedsagenda.test.mjs failed; see " + artefacts.resolve("browser.log"));
        assertTrue(Files.exists(artefacts.resolve("gebiedsagenda-ar.png")), "the Arabic agenda was photographed");
    }
}
