package nl.buurtstem.opendata.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a {@link Database} gets its connections: SQLite's one, or PostgreSQL's pool. */
interface Connections extends AutoCloseable {

    /** What a transaction does: write, write without waiting for the disk, or only read. */
    enum Use {
        WRITE,
        WRITE_UNSYNCED,
        READ
    }

    /** A connection for one transaction of this use, in manual commit; given back with {@link #release}. */
    Connection acquire(Use use) throws SQLException;

    void release(Connection c);

    /** A connection outside the pool, in auto-commit, that the caller closes. */
    Connection dedicated() throws SQLException;

    @Override
    void close();
}
