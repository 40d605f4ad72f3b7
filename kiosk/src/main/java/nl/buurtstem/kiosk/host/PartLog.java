package nl.buurtstem.kiosk.host;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.hardware.AnswerPress;
import nl.buurtstem.hardware.Lamp;
import nl.buurtstem.hardware.PanelListener;
import nl.buurtstem.hardware.ScreenState;

/**
 * The latest things the panel's parts did, numbered, so the check screen shows a press even when it was
 * shorter than the page's polling interval.
 */
final class PartLog implements PanelListener {

    private static final int KEEP = 200;
    private final Deque<Map<String, Object>> entries = new ArrayDeque<>();
    private long next = 1;

    @Override
    public void answer(AnswerPress press) {
        add("filter", "knop " + press.button() + (press.counted() ? " telt mee" : " onderdrukt: te snel herhaald"));
    }

    @Override
    public void helpPressed() {
        add("hulp", "hulpknop ingedrukt");
    }

    @Override
    public void answerButtonChanged(int button, boolean down) {
        add("knop-" + button, down ? "ingedrukt" : "losgelaten");
    }

    @Override
    public void helpButtonChanged(boolean down) {
        add("hulpknop", down ? "ingedrukt" : "losgelaten");
    }

    @Override
    public void lampChanged(Lamp lamp, boolean on) {
        add("lamp-" + lamp.dutch(), on ? "aan" : "uit");
    }

    @Override
    public void presenceChanged(boolean someone) {
        add("aanwezigheid", someone ? "iemand gezien" : "niemand meer");
    }

    @Override
    public void screenChanged(ScreenState state) {
        add(
                "scherm",
                switch (state) {
                    case ON -> "aan";
                    case DIMMED -> "gedimd";
                    case OFF -> "uit";
                });
    }

    /** Entries numbered above {@code after}, oldest first. */
    synchronized List<Map<String, Object>> since(long after) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            if ((long) e.get("nr") > after) {
                result.add(e);
            }
        }
        return result;
    }

    private synchronized void add(String onderdeel, String wat) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("nr", next++);
        entry.put("onderdeel", onderdeel);
        entry.put("wat", wat);
        entries.addLast(entry);
        if (entries.size() > KEEP) {
            entries.removeFirst();
        }
    }
}
