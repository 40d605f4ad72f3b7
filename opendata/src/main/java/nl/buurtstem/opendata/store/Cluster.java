package nl.buurtstem.opendata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central nodes that share one database. On SQLite a node is alone: it leads every job and has nobody to tell.
 * On PostgreSQL any number of nodes may run on the same database; this decides which one does each background job
 * (an advisory lock per job, held while that node's connection lives) and carries word of changes between them
 * ({@code LISTEN/NOTIFY}).
 *
 * <pre>{@code
 * if (cluster.leads("alarm")) { checkTheFleet(); }   // true on one node at a time
 * }</pre>
 */
public final class Cluster implements AutoCloseable {

    /** Advisory lock key while schema steps apply. */
    static final long MIGRATIONS_LOCK = 0x6275757274L;

    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    /** Namespace of our two-key advisory locks: job leases here, publication locks in {@link #lockFor}. */
    private static final int JOBS = 0x62757572;

    private static final int LOCKS = 0x62757573;

    private final Database db;
    private final Set<String> held = new HashSet<>();
    private final Map<String, Long> rounds = new TreeMap<>();
    private Connection leases;
    private boolean closed;

    public Cluster(Database db) {
        this.db = db;
    }

    /** Whether other central nodes may share this node's database. */
    public boolean shared() {
        return db.dialect() == Dialect.POSTGRESQL;
    }

    /**
     * Whether this node does {@code job} now. On PostgreSQL the first node to ask gets it and keeps it until it stops
     * or loses its connection (a node killed mid-work releases it at once); the others ask again at their next round.
     */
    public synchronized boolean leads(String job) {
        rounds.merge(job, 1L, Long::sum);
        if (!shared()) {
            return true;
        }
        if (closed) {
            return false;
        }
        try {
            if (leases == null || !leases.isValid(2)) {
                reconnect();
            }
            if (held.contains(job)) {
                return true;
            }
            try (PreparedStatement q = leases.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
                q.setInt(1, JOBS);
                q.setString(2, job);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        held.add(job);
                        log.info("this central node now does '{}' for the cluster", job);
                        return true;
                    }
                    return false;
                }
            }
        } catch (SQLException e) {
            log.warn(
                    "lost the cluster's leases ({}); this central node no longer does {}; asking again next round",
                    e.getMessage(),
                    held);
            dropLeases();
            return false;
        }
    }

    /**
     * How many times each background job asked {@link #leads} on this node since it started, by name, led or not: a
     * periodic job once a round, the dumps and the SPARQL store also once for each change they carry. Shows an operator
     * (and a test) that the jobs keep turning: a count that stops growing is a stuck job.
     */
    public synchronized Map<String, Long> rounds() {
        return new TreeMap<>(rounds);
    }

    /** The background jobs this node does for the cluster now, by name, sorted. */
    public synchronized List<String> jobs() {
        return held.stream().sorted().toList();
    }

    /**
     * Within a transaction: waits until no other transaction of any node holds {@code name}, and holds it until
     * this transaction ends. Does nothing on SQLite, where transactions never overlap.
     */
    public void lockFor(Connection c, String name) throws SQLException {
        if (!shared()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            s.setInt(1, LOCKS);
            s.setString(2, name);
            s.execute();
        }
    }

    /** Within a transaction: tells every node following {@code channel} once the transaction commits. */
    public void notify(Connection c, String channel) throws SQLException {
        if (!shared()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, '')")) {
            s.setString(1, channel);
            s.execute();
        }
    }

    /**
     * Calls {@code wake} after any node's {@link #notify} on {@code channel}, and at least every {@code every}
     * besides (a notification sent while this node was reconnecting is not lost, only later). Only when shared.
     */
    public Follower follow(String channel, Duration every, Runnable wake) {
        return new Follower(db, channel, every, wake);
    }

    private void reconnect() throws SQLException {
        if (!held.isEmpty()) {
            log.warn("this central node no longer does {} for the cluster: its connection broke", held);
        }
        dropLeases();
        leases = db.dedicatedConnection();
    }

    private void dropLeases() {
        held.clear();
        if (leases != null) {
            try {
                leases.close();
            } catch (SQLException ignored) {
                // it is broken already; closing it releases its locks on the server's side
            }
            leases = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        // A planned stop: the other nodes take the jobs over at their next round, nothing for an operator to do.
        if (!held.isEmpty()) {
            log.info("this central node stops and leaves {} to the others of the cluster", held);
        }
        dropLeases();
    }

    /** A thread that listens for one channel's notifications on a connection of its own. */
    public static final class Follower implements AutoCloseable {

        private final Database db;
        private final String channel;
        private final Duration every;
        private final Runnable wake;
        private final Thread thread;
        private volatile boolean stopping;
        private volatile Connection connection;

        private Follower(Database db, String channel, Duration every, Runnable wake) {
            this.db = db;
            this.channel = channel;
            this.every = every;
            this.wake = wake;
            this.thread = new Thread(this::loop, "follow-" + channel);
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (!stopping) {
                try (Connection c = db.dedicatedConnection()) {
                    connection = c;
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN " + channel);
                    }
                    PGConnection pg = c.unwrap(PGConnection.class);
                    while (!stopping) {
                        wakeSafely();
                        pg.getNotifications((int) every.toMillis());
                    }
                } catch (SQLException e) {
                    if (!stopping) {
                        log.warn("following {} failed ({}); connecting again", channel, e.getMessage());
                        pause();
                    }
                }
            }
        }

        private void wakeSafely() {
            try {
                wake.run();
            } catch (RuntimeException e) {
                log.error("catching up with {} failed; trying again", channel, e);
                pause();
            }
        }

        private void pause() {
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }

        @Override
        public void close() {
            stopping = true;
            Connection c = connection;
            if (c != null) {
                try {
                    // Ends a wait for notifications at once.
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
