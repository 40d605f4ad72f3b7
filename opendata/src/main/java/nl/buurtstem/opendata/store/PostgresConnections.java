package nl.buurtstem.opendata.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** A pool of PostgreSQL connections, each transaction on its own; the database orders what they do. */
final class PostgresConnections implements Connections {

    /**
     * Connections per node. Ingest transactions are short (a batch is milliseconds of work), so ten keep two cores
     * busy; several nodes share PostgreSQL's max_connections (100 by default), see docs/ops/scale.md.
     */
    static final int POOL_SIZE = 10;

    private final DatabaseAddress address;
    private final HikariDataSource pool;

    private PostgresConnections(DatabaseAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    static PostgresConnections open(DatabaseAddress address) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("buurtstem");
        config.setJdbcUrl(address.jdbcUrl());
        config.setDataSourceProperties(properties(address));
        config.setAutoCommit(false);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(10_000);
        try {
            return new PostgresConnections(address, new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException("cannot reach the PostgreSQL database at " + address, e);
        }
    }

    private static Properties properties(DatabaseAddress address) {
        Properties p = new Properties();
        p.putAll(address.properties());
        p.setProperty("ApplicationName", "buurtstem-central");
        // A batch of inserts (a kiosk's events) travels as one multi-row statement: one round trip, not one per row.
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    @Override
    public Connection acquire(Use use) throws SQLException {
        Connection c = pool.getConnection();
        if (use == Use.WRITE_UNSYNCED) {
            try (Statement s = c.createStatement()) {
                // For this transaction only; a later synchronous commit flushes the WAL up to and past it.
                s.execute("SET LOCAL synchronous_commit TO OFF");
            } catch (SQLException e) {
                release(c);
                throw e;
            }
        }
        return c;
    }

    @Override
    public void release(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot give a connection back to the pool", e);
        }
    }

    @Override
    public Connection dedicated() throws SQLException {
        Connection c = DriverManager.getConnection(address.jdbcUrl(), properties(address));
        c.setAutoCommit(true);
        return c;
    }

    @Override
    public void close() {
        pool.close();
    }
}
