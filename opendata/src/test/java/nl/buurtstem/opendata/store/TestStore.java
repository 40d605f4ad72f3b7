package nl.buurtstem.opendata.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store this test run uses for its central nodes: SQLite in each node's data folder (the default), or PostgreSQL
 * when the run says {@code -Dbuurtstem.store=postgresql} (the build's second test run does): then every node gets a
 * fresh database on one server that this JVM starts on first use and stops when it ends.
 */
public final class TestStore {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private TestStore() {}

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("buurtstem.store"));
    }

    /** A database of its own for one central node; empty on SQLite, where the node makes its file itself. */
    public static Optional<DatabaseAddress> fresh() {
        if (!postgres()) {
            return Optional.empty();
        }
        return Optional.of(Server.INSTANCE.createDatabase("node" + NUMBER.incrementAndGet()));
    }

    /** A connection of the test's own to a node's store, as an auditor reads it. */
    public static Connection connect(DatabaseAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.properties());
    }

    /** The address as the {@code --database} option of a central node started as its own process takes it. */
    public static String option(DatabaseAddress address) {
        String user = address.properties().getProperty("user");
        return user == null
                ? address.jdbcUrl()
                : address.jdbcUrl() + (address.jdbcUrl().contains("?") ? "&" : "?") + "user=" + user;
    }

    /** Removes a database {@link #fresh()} made. */
    public static void drop(DatabaseAddress address) {
        String url = address.jdbcUrl();
        Server.INSTANCE.dropDatabase(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The server of this JVM, started when the first test asks for a database. */
    private static final class Server {
        static final LocalPostgres INSTANCE = start();

        private static LocalPostgres start() {
            LocalPostgres pg = LocalPostgres.start(LocalPostgres.Durability.FAST);
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "stop-test-postgres"));
            return pg;
        }
    }
}
