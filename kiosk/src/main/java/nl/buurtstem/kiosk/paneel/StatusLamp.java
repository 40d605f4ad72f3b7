package nl.buurtstem.kiosk.paneel;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.LampStatus;
import nl.buurtstem.kiosk.sync.SyncStatus;

/**
 * What the status lamp tells a passer-by, from the sync state: green while answers get through (or none are
 * waiting), orange while the central node cannot be reached and answers wait safely here, red when the central
 * node refuses this kiosk (revoked, not enrolled, bad signature): then a person has to act.
 */
public final class StatusLamp implements Consumer<SyncStatus> {

    // CentralClient's refusal text: "central node refused (403 kiosk-revoked): ..."
    private static final Pattern REFUSED = Pattern.compile("^central node refused \\((\\d{3})");

    private final KioskPanel panel;
    private final Supplier<SyncStatus> current;

    /** @param current the sync state now, with the outbox counted now (an answer queued offline turns the lamp orange) */
    public StatusLamp(KioskPanel panel, Supplier<SyncStatus> current) {
        this.panel = panel;
        this.current = current;
    }

    @Override
    public void accept(SyncStatus status) {
        panel.showStatus(lamp(status));
    }

    /** Shows the current state; called every few seconds, as the sync loop reports only after each attempt. */
    public void refresh() {
        accept(current.get());
    }

    static LampStatus lamp(SyncStatus status) {
        if (status.online()) {
            return LampStatus.FINE;
        }
        String problem = status.problem() == null ? "" : status.problem();
        Matcher refused = REFUSED.matcher(problem);
        boolean refusedByCentral = refused.find() && refused.group(1).startsWith("4");
        if (refusedByCentral || problem.contains("not enrolled")) {
            return LampStatus.FAULT;
        }
        return status.pending() > 0 ? LampStatus.OFFLINE_WITH_ANSWERS_WAITING : LampStatus.FINE;
    }
}
