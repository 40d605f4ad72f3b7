package nl.buurtstem.kiosk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The kiosk's SQLite file. WAL with synchronous=FULL: when a commit returns, the answer survives a pulled
 * plug (docs/sync-protocol.md, "Durability"). One connection, one caller at a time; nested calls join.
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
                pragma.execute("PRAGMA synchronous=FULL");
                pragma.execute("PRAGMA busy_timeout=5000");
                // A resident's contact details wait in the outbox until delivered: zero freed pages so they
                // do not linger in the file after the outbox is pruned.
                pragma.execute("PRAGMA secure_delete=ON");
            }
            connection.setAutoCommit(false);
            return new Database(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the kiosk database at " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for " + file, e);
        }
    }

    public <T> T transaction(Work<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return runJoined(work);
        }
        lock.lock();
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof RuntimeException re ? re : new IllegalStateException("kiosk database error", e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T runJoined(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("kiosk database error", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("kiosk database rollback failed", e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the kiosk database", e);
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
