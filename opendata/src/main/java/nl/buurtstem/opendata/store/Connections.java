package nl.buurtstem.opendata.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a {@link Database} gets its connections: SQLite's one, or PostgreSQL's pool. */
interface Connections extends AutoCloseable {

    /** A connection for one transaction, in manual commit; given back with {@link #release}. */
    Connection acquire() throws SQLException;

    void release(Connection c);

    /** A connection outside the pool, in auto-commit, that the caller closes. */
    Connection dedicated() throws SQLException;

    @Override
    void close();
}
