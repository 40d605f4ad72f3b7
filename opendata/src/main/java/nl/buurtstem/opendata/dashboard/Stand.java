package nl.buurtstem.opendata.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.alarm.Alarm;
import nl.buurtstem.opendata.hartslag.KioskStatus;

/**
 * What staff read first about a kiosk: its heartbeat's status in a word and an icon, except that a kiosk that answers
 * while an alarm of its own is open (too hot, a black screen, a full card) reads "Let op". Counted as working, it would
 * hide the one kiosk someone has to visit behind a green tick.
 */
record Stand(KioskStatus status, boolean letOp) implements Comparable<Stand> {

    private static final Comparator<Stand> VOLGORDE =
            Comparator.comparing(Stand::status).thenComparing(Stand::letOp);

    /** @param alarmen the open alarms of this kiosk */
    static Stand van(KioskStatus status, List<Alarm> alarmen) {
        return new Stand(status, status == KioskStatus.ONLINE && !alarmen.isEmpty());
    }

    String code() {
        return letOp ? "let-op" : status.code();
    }

    String woorden() {
        return letOp ? "Let op" : status.woorden();
    }

    String icoon() {
        return letOp ? "⚠" : status.icoon();
    }

    Map<String, String> alsJson() {
        return Map.of("code", code(), "woorden", woorden(), "icoon", icoon());
    }

    @Override
    public int compareTo(Stand ander) {
        return VOLGORDE.compare(this, ander);
    }
}
