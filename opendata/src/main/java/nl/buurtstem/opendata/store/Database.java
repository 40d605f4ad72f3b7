package nl.buurtstem.opendata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The central node's SQLite database: the source of truth for everything kiosks and staff send.
 * One connection, used by one caller at a time; SQLite serialises writers anyway, and a single
 * connection keeps transactions simple.
 */
public final class Database implements AutoCloseable {

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
    }

    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA journal_mode=WAL");
                // FULL: a commit is on disk before we acknowledge it to a kiosk, even across a power cut.
                pragma.execute("PRAGMA synchronous=FULL");
                pragma.execute("PRAGMA foreign_keys=ON");
                pragma.execute("PRAGMA busy_timeout=5000");
            }
            connection.setAutoCommit(false);
            return new Database(connection);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the database at " + file, e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     * Called inside another transaction, it joins that one.
     */
    public <T> T transaction(Work<T> work) {
        if (lock.isHeldByCurrentThread()) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException("database error", e);
            }
        }
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e instanceof RuntimeException re ? re : new StoreException("database error", e);
            }
        } catch (SQLException rollbackFailed) {
            throw new StoreException("database rollback failed", rollbackFailed);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction, for work without a result. */
    public void run(VoidWork work) {
        transaction(c -> {
            work.run(c);
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database", e);
        } finally {
            lock.unlock();
        }
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
