package nl.buurtstem.opendata.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Dialect;
import nl.buurtstem.opendata.store.StoreException;

/**
 * Kiosks' batches that wait for SQLite's one writer are committed together: one transaction, and one sync to disk,
 * for up to {@link #MAX_TOGETHER} batches instead of one each. Each batch is written under a savepoint of its own, so
 * a refused batch (a reused sequence, say) changes nothing and the others still commit; each kiosk is answered only
 * once the commit that holds its events is done. On PostgreSQL, which orders concurrent transactions itself (also
 * those of other central nodes), every batch keeps a transaction of its own.
 */
final class GroupCommit {

    /** Bounds how long the first batch of a group waits for the others, and other writers for SQLite. */
    static final int MAX_TOGETHER = 8;

    /** One batch's writes, inside a transaction it may share with other batches. */
    @FunctionalInterface
    interface Write<T> {
        T write(Connection c) throws SQLException;
    }

    private final Database db;
    private final boolean together;
    private final Queue<Waiting<?>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock committer = new ReentrantLock();

    GroupCommit(Database db) {
        this.db = db;
        this.together = db.dialect() == Dialect.SQLITE;
    }

    /** Runs {@code write} in a transaction, perhaps with other batches; returns once that transaction committed. */
    <T> T commit(Write<T> write) {
        Waiting<T> mine = new Waiting<>(write);
        if (!together) {
            commitAll(List.of(mine));
            return mine.result();
        }
        waiting.add(mine);
        committer.lock();
        try {
            // Usually a committer before this one already took it along.
            while (!mine.settled) {
                commitAll(next());
            }
        } finally {
            committer.unlock();
        }
        return mine.result();
    }

    private List<Waiting<?>> next() {
        List<Waiting<?>> group = new ArrayList<>();
        Waiting<?> batch;
        while (group.size() < MAX_TOGETHER && (batch = waiting.poll()) != null) {
            group.add(batch);
        }
        return group;
    }

    private void commitAll(List<Waiting<?>> group) {
        boolean shared = group.size() > 1;
        try {
            db.run(c -> {
                for (Waiting<?> batch : group) {
                    batch.writeIn(c, shared);
                }
            });
        } catch (RuntimeException failed) {
            group.forEach(batch -> batch.failed(failed));
            return;
        }
        group.forEach(Waiting::committed);
    }

    private static final class Waiting<T> {

        private final Write<T> write;
        private T written;
        private RuntimeException refused;
        private volatile boolean settled;

        Waiting(Write<T> write) {
            this.write = write;
        }

        void writeIn(Connection c, boolean shared) throws SQLException {
            if (!shared) {
                written = write.write(c);
                return;
            }
            Savepoint before = c.setSavepoint();
            try {
                written = write.write(c);
            } catch (RuntimeException | SQLException e) {
                c.rollback(before);
                written = null;
                refused = e instanceof RuntimeException re ? re : new StoreException("database error", e);
            }
            c.releaseSavepoint(before);
        }

        void committed() {
            settled = true;
        }

        void failed(RuntimeException e) {
            written = null;
            refused = e;
            settled = true;
        }

        T result() {
            if (refused != null) {
                throw refused;
            }
            return written;
        }
    }
}
