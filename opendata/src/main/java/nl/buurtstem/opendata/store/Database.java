package nl.buurtstem.opendata.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The central node's database: the source of truth for everything kiosks and staff send. SQLite in the data folder
 * by default (one connection, one caller at a time: SQLite serialises writers anyway), or PostgreSQL (a pool; the
 * database orders concurrent transactions, also those of other central nodes on the same database).
 *
 * <p>A transaction is bound to its thread: work that calls {@link #transaction} again, directly or through another
 * store, joins the transaction it runs in.
 */
public final class Database implements AutoCloseable {

    private final Dialect dialect;
    private final Connections connections;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private Database(Dialect dialect, Connections connections) {
        this.dialect = dialect;
        this.connections = connections;
    }

    /** The SQLite file at {@code file}. */
    public static Database open(Path file) {
        return open(DatabaseAddress.sqlite(file));
    }

    public static Database open(DatabaseAddress address) {
        return new Database(
                address.dialect(),
                switch (address.dialect()) {
                    case SQLITE -> SqliteConnections.open(address);
                    case POSTGRESQL -> PostgresConnections.open(address);
                });
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     * Called inside another transaction, it joins that one.
     */
    public <T> T transaction(Work<T> work) {
        return transaction(work, Connections.Use.WRITE);
    }

    /**
     * Runs {@code work}, which only reads, on what is committed. On SQLite it waits for no writer (a connection of its
     * own, in WAL mode). Called inside another transaction, it joins that one, and sees its writes.
     */
    public <T> T read(Work<T> work) {
        return transaction(work, Connections.Use.READ);
    }

    /**
     * As {@link #transaction}, but its commit does not wait for the disk: it is on disk with the next commit that does
     * (both databases flush their log in order, up to that commit) or lost in a power cut before one. For what only
     * matters together with such a later commit, e.g. a signed request's nonce: a replayed request can only change
     * something if the original's own, synced commit happened after its nonce was written.
     */
    public <T> T unsyncedTransaction(Work<T> work) {
        return transaction(work, Connections.Use.WRITE_UNSYNCED);
    }

    private <T> T transaction(Work<T> work, Connections.Use use) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException("database error", e);
            }
        }
        Connection c = acquire(use);
        current.set(c);
        try {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e instanceof RuntimeException re ? re : new StoreException("database error", e);
            }
        } catch (SQLException rollbackFailed) {
            throw new StoreException("database rollback failed", rollbackFailed);
        } finally {
            current.remove();
            connections.release(c);
        }
    }

    /** Runs {@code work} in one transaction, for work without a result. */
    public void run(VoidWork work) {
        transaction(c -> {
            work.run(c);
            return null;
        });
    }

    /**
     * A connection of its own, outside transactions and the pool, in auto-commit: for what must outlive a
     * transaction, such as a cluster lease or listening for notifications. PostgreSQL only; the caller closes it.
     */
    Connection dedicatedConnection() throws SQLException {
        return connections.dedicated();
    }

    private Connection acquire(Connections.Use use) {
        try {
            return connections.acquire(use);
        } catch (SQLException e) {
            throw new StoreException("cannot reach the database", e);
        }
    }

    @Override
    public void close() {
        connections.close();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface VoidWork {
        void run(Connection connection) throws SQLException;
    }
}
