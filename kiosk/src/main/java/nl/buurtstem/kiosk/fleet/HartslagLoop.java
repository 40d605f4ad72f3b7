package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.kiosk.sync.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a heartbeat every interval on its own thread, carries out the remote actions its reply brings, each at most
 * once, and reports their outcomes in the next one. A failed heartbeat is simply tried again next interval: the
 * central node notices silence by itself, and hands out again what it has no outcome for.
 */
final class HartslagLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HartslagLoop.class);
    private static final int MAX_ROUNDS = 10;
    private final ObjectMapper json;
    private final HartslagClient client;
    private final HartslagReport report;
    private final RemoteActions actions;
    private final Watchdog watchdog;
    private final Path credentialsFile;
    private final BegonnenActies begun;
    private final Clock clock;
    private final Object pause = new Object();
    private volatile Duration interval;
    private volatile boolean running;
    private Thread thread;

    HartslagLoop(
            ObjectMapper json,
            HartslagClient client,
            HartslagReport report,
            RemoteActions actions,
            BegonnenActies begun,
            Watchdog watchdog,
            Path credentialsFile,
            Duration interval,
            Clock clock) {
        this.json = json;
        this.client = client;
        this.report = report;
        this.actions = actions;
        this.begun = begun;
        this.clock = clock;
        this.watchdog = watchdog;
        this.credentialsFile = credentialsFile;
        this.interval = interval;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "heartbeat");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            boolean enrolled = true;
            try {
                watchdog.check();
                enrolled = beat();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                log.debug("heartbeat failed: {}", e.getMessage());
            }
            // Not enrolled yet: the sync loop is about to enroll, and the first heartbeat should follow it closely.
            pause(enrolled ? interval : Duration.ofSeconds(2));
        }
    }

    /**
     * Sends one heartbeat and carries out what its reply asks; false when the kiosk is not enrolled yet. Outcomes travel
     * at once rather than a whole interval later, and the reply to that report is handled like any other: staff may
     * have asked something meanwhile. The rounds are bounded in case the central node keeps handing out an action.
     */
    private boolean beat() throws Exception {
        Optional<Credentials> me = Credentials.load(credentialsFile);
        if (me.isEmpty()) {
            return false;
        }
        JsonNode reply = report(me.get());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long seconds = reply.path("intervalSeconds").asLong(0);
            if (seconds > 0) {
                interval = Duration.ofSeconds(seconds);
            }
            for (JsonNode action : reply.path("actions")) {
                carryOutOnce(action);
                if (!running) {
                    return true;
                }
            }
            if (begun.unreported().isEmpty()) {
                return true;
            }
            reply = report(me.get());
        }
        return true;
    }

    /**
     * An action this kiosk began before is not carried out again, whether it finished or this app was restarted in the
     * middle of it (a restart action does just that): its outcome goes with the next heartbeat instead.
     */
    private void carryOutOnce(JsonNode action) {
        if (begun.begin(action.path("id").asText(), action.path("type").asText(), clock.instant())) {
            actions.carryOut(action).ifPresent(begun::finish);
        }
    }

    /** One heartbeat with the outcomes the central node has not confirmed; they stay until a heartbeat is answered. */
    private JsonNode report(Credentials me) throws Exception {
        List<RemoteActions.Result> sending = begun.unreported();
        JsonNode reply = client.heartbeat(me, json.writeValueAsBytes(report.now(sending)));
        begun.reported(sending);
        return reply;
    }

    private void pause(Duration length) {
        long until = System.currentTimeMillis() + length.toMillis();
        // The watchdog looks more often than the heartbeat beats, so a dead page is caught within its own limit.
        long step = Math.min(length.toMillis(), 5_000);
        synchronized (pause) {
            try {
                while (running && System.currentTimeMillis() < until) {
                    pause.wait(Math.max(1, Math.min(step, until - System.currentTimeMillis())));
                    if (watchdog.check()) {
                        return; // report the restart now
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
