package nl.buurtstem.opendata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/** One SQLite connection, used by one transaction at a time; SQLite serialises writers anyway. */
final class SqliteConnections implements Connections {

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private SqliteConnections(Connection connection) {
        this.connection = connection;
    }

    static SqliteConnections open(DatabaseAddress address) {
        Path file = Path.of(address.jdbcUrl().substring("jdbc:sqlite:".length()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection connection = DriverManager.getConnection(address.jdbcUrl());
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA journal_mode=WAL");
                // FULL: a commit is on disk before we acknowledge it to a kiosk, even across a power cut.
                pragma.execute("PRAGMA synchronous=FULL");
                pragma.execute("PRAGMA foreign_keys=ON");
                pragma.execute("PRAGMA busy_timeout=5000");
                // Wiped contact details and removed data are zeroed in the file, not left in its freed space.
                pragma.execute("PRAGMA secure_delete=ON");
            }
            connection.setAutoCommit(false);
            return new SqliteConnections(connection);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the database at " + file, e);
        }
    }

    @Override
    public Connection acquire() {
        lock.lock();
        return connection;
    }

    @Override
    public void release(Connection c) {
        lock.unlock();
    }

    @Override
    public Connection dedicated() throws SQLException {
        throw new SQLException("a SQLite database is one node's own: it has no cluster connections");
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
}
