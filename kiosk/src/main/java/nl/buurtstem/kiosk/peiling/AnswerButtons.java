package nl.buurtstem.kiosk.peiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.BooleanSupplier;
import nl.buurtstem.hardware.AnswerPress;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.PanelListener;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.sync.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Physical answer button n answers option n of the active poll; the lamp flashes when it counted. A press the
 * panel or the poll's cooldown suppressed is queued as an "onderdrukt" event, so the open data can publish
 * raw and filtered figures. Presses while the buurthuis is closed are ignored.
 */
public final class AnswerButtons implements PanelListener {

    private static final Logger log = LoggerFactory.getLogger(AnswerButtons.class);

    private final KioskPanel panel;
    private final PeilingService service;
    private final Database db;
    private final ObjectMapper json;
    private final BooleanSupplier open;

    /** @param open whether the buurthuis is open now; outside opening hours the buttons do nothing */
    public AnswerButtons(
            KioskPanel panel, PeilingService service, Database db, ObjectMapper json, BooleanSupplier open) {
        this.panel = panel;
        this.service = service;
        this.db = db;
        this.json = json;
        this.open = open;
    }

    public void connect() {
        panel.addListener(this);
    }

    @Override
    public void answer(AnswerPress press) {
        int button = press.button();
        if (!open.getAsBoolean()) {
            log.info("answer button {} pressed while the buurthuis is closed; ignored", button);
            return;
        }
        service.actief()
                .ifPresentOrElse(
                        peiling -> {
                            if (!peiling.hasOption(button)) {
                                log.info(
                                        "answer button {} pressed, but the active poll has {} options",
                                        button,
                                        peiling.opties().size());
                            } else if (!press.counted()) {
                                suppressed(peiling, button, press, "herhaald");
                            } else if (service.beantwoord(peiling, button, Kanaal.KNOP)
                                    == PeilingService.Uitkomst.GETELD) {
                                panel.confirmAnswer();
                            } else {
                                suppressed(peiling, button, press, "kort-na-vorig-antwoord");
                            }
                        },
                        () -> log.info("answer button {} pressed while there is no poll", button));
    }

    private void suppressed(Peiling peiling, int button, AnswerPress press, String reden) {
        String data = json.createObjectNode()
                .put("peiling", peiling.id())
                .put("optie", button)
                .put("kanaal", "knop")
                .put("reden", reden)
                .toString();
        db.transaction(c -> Outbox.append(c, "onderdrukt", data, press.at()));
    }
}
