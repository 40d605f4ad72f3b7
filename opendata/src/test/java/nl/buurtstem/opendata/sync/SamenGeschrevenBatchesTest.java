package nl.buurtstem.opendata.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.web.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches that waited while another was committed are written together in one transaction: each under a savepoint of
 * its own, so a refused one leaves nothing behind and the others are committed all the same.
 */
class SamenGeschrevenBatchesTest {

    @Test
    void a_refused_batch_among_waiting_ones_leaves_nothing_and_the_others_are_committed(@TempDir Path dir)
            throws Exception {
        try (Database db = Database.open(dir.resolve("central.db"))) {
            db.run(c -> c.createStatement().execute("CREATE TABLE regel (kiosk TEXT NOT NULL, n INTEGER NOT NULL)"));
            GroupCommit batches = new GroupCommit(db);
            CountDownLatch eersteLoopt = new CountDownLatch(1);
            CountDownLatch eersteMagKlaar = new CountDownLatch(1);

            CompletableFuture<String> eerste = CompletableFuture.supplyAsync(() -> batches.commit(c -> {
                insert(c, "eerste", 1);
                eersteLoopt.countDown();
                try {
                    eersteMagKlaar.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "eerste";
            }));
            eersteLoopt.await();
            Thread[] wachtenden = new Thread[2];
            CompletableFuture<String> goede = new CompletableFuture<>();
            CompletableFuture<String> geweigerde = new CompletableFuture<>();
            wachtenden[0] = Thread.ofPlatform()
                    .start(() -> complete(
                            goede,
                            () -> batches.commit(c -> {
                                insert(c, "goede", 2);
                                return "goede";
                            })));
            Problem reused = new Problem(409, "sequence-reused", "Sequence 2 was already used.");
            wachtenden[1] = Thread.ofPlatform()
                    .start(() -> complete(
                            geweigerde,
                            () -> batches.commit(c -> {
                                insert(c, "geweigerde", 3);
                                throw reused;
                            })));
            for (Thread t : wachtenden) {
                await("a batch waits for the first one's commit", () -> t.getState() == Thread.State.WAITING);
            }
            eersteMagKlaar.countDown();

            assertEquals("eerste", eerste.get());
            assertEquals("goede", goede.get());
            ExecutionException refused = assertThrows(ExecutionException.class, geweigerde::get);
            assertSame(reused, refused.getCause());
            assertEquals(1, rows(db, "eerste"));
            assertEquals(1, rows(db, "goede"));
            assertEquals(0, rows(db, "geweigerde"));
        }
    }

    private static void insert(Connection c, String kiosk, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO regel(kiosk, n) VALUES (?, ?)")) {
            s.setString(1, kiosk);
            s.setInt(2, n);
            s.executeUpdate();
        }
    }

    private static long rows(Database db, String kiosk) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM regel WHERE kiosk = ?")) {
                q.setString(1, kiosk);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void complete(CompletableFuture<String> future, Supplier<String> commit) {
        try {
            future.complete(commit.get());
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }
}
