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
 * One SQLite connection for writing, used by one transaction at a time; SQLite serialises writers anyway. A second
 * one, under the same lock, commits without waiting for the disk: SQLite fixes that per connection, and only outside a
 * transaction. A third one only reads, under a lock of its own: in WAL mode a reader waits for no writer, so checking
 * a kiosk's signature does not queue behind the batches being committed.
 */
final class SqliteConnections implements Connections {

    private final Connection connection;
    private final Connection unsynced;
    private final Connection reader;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private SqliteConnections(Connection connection, Connection unsynced, Connection reader) {
        this.connection = connection;
        this.unsynced = unsynced;
        this.reader = reader;
    }

    static SqliteConnections open(DatabaseAddress address) {
        Path file = Path.of(address.jdbcUrl().substring("jdbc:sqlite:".length()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // FULL: a commit is on disk before we acknowledge it to a kiosk, even across a power cut.
            Connection connection = connect(address, "FULL");
            // NORMAL in WAL mode: on disk with the next FULL commit (the log is synced as a whole) or lost in a power
            // cut before one; never a corrupt file.
            Connection unsynced = connect(address, "NORMAL");
            Connection reader = connect(address, "FULL");
            try (Statement pragma = reader.createStatement()) {
                pragma.execute("PRAGMA query_only=1");
            }
            return new SqliteConnections(connection, unsynced, reader);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the database at " + file, e);
        }
    }

    private static Connection connect(DatabaseAddress address, String synchronous) throws SQLException {
        Connection connection = DriverManager.getConnection(address.jdbcUrl());
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA journal_mode=WAL");
            pragma.execute("PRAGMA synchronous=" + synchronous);
            pragma.execute("PRAGMA foreign_keys=ON");
            pragma.execute("PRAGMA busy_timeout=5000");
            // Wiped contact details and removed data are zeroed in the file, not left in its freed space.
            pragma.execute("PRAGMA secure_delete=ON");
        }
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public Connection acquire(Use use) {
        if (use == Use.READ) {
            readLock.lock();
            return reader;
        }
        lock.lock();
        return use == Use.WRITE ? connection : unsynced;
    }

    @Override
    public void release(Connection c) {
        (c == reader ? readLock : lock).unlock();
    }

    @Override
    public Connection dedicated() throws SQLException {
        throw new SQLException("a SQLite database is one node's own: it has no cluster connections");
    }

    @Override
    public void close() {
        lock.lock();
        readLock.lock();
        try {
            reader.close();
            unsynced.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database", e);
        } finally {
            readLock.unlock();
            lock.unlock();
        }
    }
}
