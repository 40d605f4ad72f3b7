package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued events and fetches content, on its own thread so a tap never waits for the network.
 * Failing attempts back off exponentially with jitter (docs/sync-protocol.md, "How a kiosk syncs").
 */
public final class SyncLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SyncLoop.class);
    /**
     * The central node's maximum (docs/sync-protocol.md): each batch costs a round trip, a signature and a commit
     * (an fsync) on both sides, so a backlog drains in half as many of them as with 500.
     */
    static final int BATCH_SIZE = 1000;
    /** Batches per round before content is refreshed: 20,000 events, under a minute of catching up. */
    static final int BATCHES_PER_ROUND = 20;

    private final CentralClient client;
    private final Outbox outbox;
    private final LocalContent content;
    private final Path credentialsFile;
    private final String enrollmentToken;
    private final Duration interval;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object wake = new Object();
    private boolean wakeRequested;
    private volatile boolean running;
    private volatile SyncStatus status = new SyncStatus(false, 0, null, "not yet synced");
    private Thread thread;
    private final Backoff backoff;

    public SyncLoop(
            ObjectMapper json,
            SignedClient central,
            Outbox outbox,
            LocalContent content,
            Path credentialsFile,
            String enrollmentToken,
            Duration interval) {
        this.client = new CentralClient(json, central);
        this.outbox = outbox;
        this.content = content;
        this.credentialsFile = credentialsFile;
        this.enrollmentToken = enrollmentToken;
        this.interval = interval;
        this.backoff = new Backoff(interval);
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "sync");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a sync soon, e.g. right after an answer was stored. */
    public void wake() {
        synchronized (wake) {
            wakeRequested = true;
            wake.notifyAll();
        }
    }

    /** The latest status, with the outbox counted now. */
    public SyncStatus status() {
        SyncStatus last = status;
        return new SyncStatus(last.online(), outbox.size(), last.lastSuccess(), last.problem());
    }

    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    private void run() {
        while (running) {
            Duration pause = interval;
            boolean wakeable = true;
            try {
                if (syncOnce()) {
                    pause = Duration.ZERO;
                }
                backoff.succeeded();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | CentralClient.Refused | RuntimeException e) {
                pause = backoff.failed();
                wakeable = false;
                report(new SyncStatus(false, outbox.size(), status.lastSuccess(), describe(e)));
                log.warn("sync failed ({}); next try in {} s", describe(e), pause.toSeconds());
            }
            sleep(pause, wakeable);
        }
    }

    /**
     * Uploads a bounded round of batches, then refreshes content, so a kiosk catching up on weeks of answers
     * still gets new polls within a round. Each batch is committed and pruned on its own: a cut connection
     * loses at most the batches in flight, which are simply sent again.
     *
     * <p>The next batch is on its way while the central node still commits the one before (at most two in flight):
     * reading, writing and signing it, and the central node reading and checking it, no longer wait for that commit.
     * The central node commits a kiosk's batches one after another in whichever order they reach it, and acknowledges
     * only without a gap below (docs/sync-protocol.md), so a batch answered before the one ahead of it is simply
     * acknowledged with that one.
     *
     * @return whether events are still queued (the next round starts at once)
     */
    private boolean syncOnce() throws IOException, InterruptedException, CentralClient.Refused {
        Credentials me = credentials();
        agreeNumbering(me);
        boolean more = false;
        long acknowledged = Long.MIN_VALUE;
        CentralClient.Upload inFlight = null;
        for (int round = 0; round < BATCHES_PER_ROUND; round++) {
            List<Outbox.Event> events = inFlight == null
                    ? outbox.oldest(BATCH_SIZE)
                    : outbox.after(inFlight.events().getLast().seq(), BATCH_SIZE);
            if (events.isEmpty()) {
                more = false;
                break;
            }
            CentralClient.Upload next = client.upload(me, events);
            if (inFlight != null) {
                acknowledged = settle(inFlight, acknowledged);
            }
            inFlight = next;
            more = events.size() == BATCH_SIZE;
        }
        if (inFlight != null) {
            settle(inFlight, acknowledged);
        }
        Optional<CentralClient.Content> fresh = client.content(me, content.etag());
        if (fresh.isPresent()) {
            content.replace(fresh.get().etag(), fresh.get().body());
        }
        report(new SyncStatus(true, outbox.size(), Instant.now(), null));
        return more;
    }

    /**
     * Waits for an upload's answer and prunes what it acknowledged; returns the highest acknowledged so far. An
     * answer below the batch is fine only when an earlier answer already covered it (it was committed first).
     */
    private long settle(CentralClient.Upload upload, long acknowledgedBefore)
            throws IOException, InterruptedException, CentralClient.Refused {
        long acked = upload.acknowledged();
        long highest = Math.max(acked, acknowledgedBefore);
        long first = upload.events().getFirst().seq();
        if (highest < first) {
            throw new IllegalStateException("the central node acknowledged " + acked
                    + ", below the oldest queued event " + first + "; events stay queued");
        }
        outbox.acknowledge(highest);
        return highest;
    }

    /**
     * Numbering is agreed once per identity, before its first upload. A kiosk whose database was lost (a
     * re-flashed card) would number from 1 again, over numbers the central node holds for other answers: it
     * numbers on after the acknowledged sequence. A kiosk enrolled again with its old database asks the
     * central node to start the new identity after the numbers its database already used.
     */
    private void agreeNumbering(Credentials me) throws IOException, InterruptedException, CentralClient.Refused {
        if (outbox.numberedFor(me.kioskId())) {
            return;
        }
        long acknowledged = client.acknowledged(me);
        long before = outbox.before();
        if (acknowledged == 0 && before > 0) {
            acknowledged = client.startAfter(me, before);
        }
        if (acknowledged < before) {
            throw new IllegalStateException(
                    "the central node acknowledged " + acknowledged + " for this kiosk, below the " + before
                            + " it acknowledged before; events stay queued until staff restore the central node's data");
        }
        outbox.continueAfter(acknowledged, me.kioskId());
        log.info("outbox numbering continues after sequence {}, as agreed with the central node", acknowledged);
    }

    private Credentials credentials() throws IOException, InterruptedException, CentralClient.Refused {
        Optional<Credentials> saved = Credentials.load(credentialsFile);
        if (saved.isPresent()) {
            return saved.get();
        }
        if (enrollmentToken == null || enrollmentToken.isBlank()) {
            throw new IllegalStateException("this kiosk is not enrolled: its config has no enrollmentToken");
        }
        Credentials fresh = client.enroll(enrollmentToken);
        fresh.save(credentialsFile);
        log.info("enrolled at the central node as {}", fresh.kioskId());
        return fresh;
    }

    private void report(SyncStatus newStatus) {
        status = newStatus;
        listeners.forEach(l -> l.accept(newStatus));
    }

    private static String describe(Exception e) {
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return "central node not reachable";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Waits for the pause; a wake() cuts a normal pause short, but never a back-off after failures. */
    private void sleep(Duration pause, boolean wakeable) {
        long until = System.currentTimeMillis() + Math.max(1, pause.toMillis());
        synchronized (wake) {
            try {
                while (running && !(wakeable && wakeRequested)) {
                    long left = until - System.currentTimeMillis();
                    if (left <= 0) {
                        break;
                    }
                    wake.wait(left);
                }
                wakeRequested = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public synchronized void close() {
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
