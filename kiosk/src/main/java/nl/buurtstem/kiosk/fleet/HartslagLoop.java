package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.kiosk.sync.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a heartbeat every interval on its own thread, carries out the remote actions its reply brings, and
 * reports their results in the next one. A failed heartbeat is simply tried again next interval: the
 * central node notices silence by itself.
 */
final class HartslagLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HartslagLoop.class);
    private final ObjectMapper json;
    private final HartslagClient client;
    private final HartslagReport report;
    private final RemoteActions actions;
    private final Watchdog watchdog;
    private final Path credentialsFile;
    private final Object pause = new Object();
    private final List<RemoteActions.Result> unreported = new ArrayList<>();
    private final List<JsonNode> accepted = new ArrayList<>();
    private volatile Duration interval;
    private volatile boolean running;
    private Thread thread;

    HartslagLoop(
            ObjectMapper json,
            HartslagClient client,
            HartslagReport report,
            RemoteActions actions,
            Watchdog watchdog,
            Path credentialsFile,
            Duration interval) {
        this.json = json;
        this.client = client;
        this.report = report;
        this.actions = actions;
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
     * Sends one heartbeat and carries out what its reply asks; false when the kiosk is not enrolled yet. Results travel
     * at once rather than a whole interval later, and the reply to that report is handled like any other: staff may
     * have asked something meanwhile, and the central node hands an action out only once.
     */
    private boolean beat() throws Exception {
        Optional<Credentials> me = Credentials.load(credentialsFile);
        if (me.isEmpty()) {
            return false;
        }
        JsonNode reply = report(me.get());
        while (true) {
            long seconds = reply.path("intervalSeconds").asLong(0);
            if (seconds > 0) {
                interval = Duration.ofSeconds(seconds);
            }
            for (JsonNode action : reply.path("actions")) {
                if (RemoteActions.disruptive(action.path("type").asText())) {
                    accepted.add(action);
                    unreported.add(actions.refuseOrAccept(action));
                } else {
                    unreported.add(actions.carryOut(action));
                }
            }
            if (unreported.isEmpty()) {
                return true;
            }
            reply = report(me.get());
        }
    }

    /**
     * One heartbeat with the results not reported yet. A restart or reboot is carried out only once its "started" has
     * reached the central node; a report that fails keeps both for the next heartbeat.
     */
    private JsonNode report(Credentials me) throws Exception {
        List<RemoteActions.Result> sending = List.copyOf(unreported);
        JsonNode reply = client.heartbeat(me, json.writeValueAsBytes(report.now(sending)));
        unreported.removeAll(sending);
        List<JsonNode> due = List.copyOf(accepted);
        accepted.clear();
        for (JsonNode action : due) {
            actions.carryOut(action);
        }
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
