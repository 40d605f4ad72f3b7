package nl.buurtstem.kiosk.peiling;

import nl.buurtstem.hardware.KioskPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Physical answer button n answers option n of the active poll; the lamp flashes when it counted. */
public final class AnswerButtons {

    private static final Logger log = LoggerFactory.getLogger(AnswerButtons.class);

    private AnswerButtons() {
    }

    public static void connect(KioskPanel panel, PeilingService service) {
        panel.onAnswerPressed(button -> service.actief().ifPresentOrElse(peiling -> {
            if (!peiling.hasOption(button)) {
                log.info("answer button {} pressed, but the active poll has {} options", button, peiling.opties().size());
                return;
            }
            if (service.beantwoord(peiling, button, Kanaal.KNOP) == PeilingService.Uitkomst.GETELD) {
                panel.confirmAnswer();
            }
        }, () -> log.info("answer button {} pressed while there is no poll", button)));
    }
}
