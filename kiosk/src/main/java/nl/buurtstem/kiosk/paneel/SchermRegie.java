package nl.buurtstem.kiosk.paneel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.hardware.AnswerPress;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.PanelListener;
import nl.buurtstem.hardware.ScreenState;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.opstartkaart.Openingstijden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves power and screen life: the screen wakes when someone approaches (presence sensor or a button),
 * dims after a while without anyone (never, when no sensor is wired), and is off outside the buurthuis's opening hours, when the buttons
 * are ignored too. {@link #tick()} re-evaluates; the kiosk calls it every few seconds, tests after moving their clock.
 */
public final class SchermRegie implements PanelListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchermRegie.class);
    private static final Duration TICK = Duration.ofSeconds(5);
    static final ZoneId BUURTHUIS_ZONE = ZoneId.of("Europe/Amsterdam");

    private final KioskPanel panel;
    private final Duration dimAfter;
    private final Clock clock;
    private final boolean hasSensor;
    private final List<Runnable> alsoEveryTick = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scherm");
        t.setDaemon(true);
        return t;
    });
    private volatile Openingstijden openingstijden = Openingstijden.nietGegeven();
    private boolean someone;
    private Instant lastSeen;

    public SchermRegie(KioskPanel panel, LocalContent content, Duration dimAfter, Clock clock) {
        this.panel = panel;
        this.dimAfter = dimAfter;
        this.clock = clock;
        this.lastSeen = clock.instant();
        this.hasSensor = panel.state().presenceSensor();
        content.onChange(() -> {
            read(content);
            tick();
        });
        read(content);
        panel.addListener(this);
    }

    /** Re-evaluates every few seconds from now on, so the screen dims and the hours take effect without a press. */
    public void start() {
        ticker.scheduleWithFixedDelay(
                () -> {
                    tick();
                    alsoEveryTick.forEach(Runnable::run);
                },
                0,
                TICK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} on the same few-second beat (the status lamp's refresh). */
    public void everyTick(Runnable task) {
        alsoEveryTick.add(task);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** Whether the buurthuis is open now; the buttons answer only then. */
    public boolean open() {
        return openingstijden.open(clock.instant().atZone(BUURTHUIS_ZONE));
    }

    @Override
    public void presenceChanged(boolean seen) {
        synchronized (this) {
            someone = seen;
            lastSeen = clock.instant();
        }
        tick();
    }

    @Override
    public void answer(AnswerPress press) {
        seenNow();
    }

    @Override
    public void helpPressed() {
        seenNow();
    }

    /**
     * Puts the screen in the state the hours and presence ask for now. The panel is switched outside this
     * object's lock: panel events arrive holding the panel's lock, and the ticker must not take them in the other order.
     */
    public void tick() {
        panel.screen(wanted());
    }

    private synchronized ScreenState wanted() {
        if (!open()) {
            return ScreenState.OFF;
        }
        boolean recent = Duration.between(lastSeen, clock.instant()).compareTo(dimAfter) < 0;
        return !hasSensor || someone || recent ? ScreenState.ON : ScreenState.DIMMED;
    }

    private void seenNow() {
        synchronized (this) {
            lastSeen = clock.instant();
        }
        tick();
    }

    private void read(LocalContent content) {
        try {
            openingstijden =
                    Openingstijden.uit(perDag(content.current().path("kiosk").path("openingstijden")));
        } catch (IllegalArgumentException e) {
            log.warn("opening hours from the central node cannot be read ({}); the kiosk stays open", e.getMessage());
            openingstijden = Openingstijden.nietGegeven();
        }
    }

    /** The content's "openingstijden" object per weekday; missing or null is never given (always open). */
    private static Map<String, List<String>> perDag(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        Map<String, List<String>> perDag = new LinkedHashMap<>();
        node.fields().forEachRemaining(dag -> {
            List<String> blokken = new ArrayList<>();
            dag.getValue().forEach(blok -> blokken.add(blok.asText()));
            perDag.put(dag.getKey(), blokken);
        });
        return perDag;
    }
}
