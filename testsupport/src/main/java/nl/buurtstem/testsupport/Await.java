package nl.buurtstem.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Waiting for what happens in the background (a sync, a publication, a heartbeat, a file another process writes):
 * polled until a deadline, never a fixed sleep.
 *
 * <pre>{@code
 * import static nl.buurtstem.testsupport.Await.await;
 *
 * JsonNode peiling = await("the poll published in SPARQL", () -> sparql(query), rows -> rows.size() == 1);
 * long n = await(() -> centrale.count(), c -> c >= 3); // the caller asserts on the last count seen
 * }</pre>
 */
public final class Await {

    /** Generous: a waiting test costs only while it waits, and a shared 2-core machine under load is slow, not broken. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final long POLL_MILLIS = 100;

    private Await() {}

    /**
     * Polls until {@code condition} holds on the value; fails naming {@code what} and the last value seen if it does
     * not within {@link #PATIENCE}.
     */
    public static <T> T await(String what, Probe<T> value, Predicate<? super T> condition) throws Exception {
        return await(what, value, condition, PATIENCE);
    }

    /** As {@link #await(String, Probe, Predicate)}, with its own patience. */
    public static <T> T await(String what, Probe<T> value, Predicate<? super T> condition, Duration patience)
            throws Exception {
        Instant start = Instant.now();
        T last = await(value, condition, patience);
        if (!condition.test(last)) {
            throw new AssertionError("waited "
                    + Duration.between(start, Instant.now()).toSeconds() + " s for " + what + "; last seen: " + last);
        }
        return last;
    }

    /** Polls until {@code condition} is true; fails naming {@code what} if it is not within {@link #PATIENCE}. */
    public static void await(String what, Check condition) throws Exception {
        await(what, condition, PATIENCE);
    }

    /** As {@link #await(String, Check)}, with its own patience. */
    public static void await(String what, Check condition, Duration patience) throws Exception {
        await(what, condition::holds, Boolean::booleanValue, patience);
    }

    /**
     * Polls until {@code condition} holds, at most {@link #PATIENCE}, and returns the last value seen for the caller
     * to assert on (with its own message). Prefer the forms that name what is awaited.
     */
    public static <T> T await(Probe<T> value, Predicate<? super T> condition) throws Exception {
        return await(value, condition, PATIENCE);
    }

    /** As {@link #await(Probe, Predicate)}, with its own patience. */
    public static <T> T await(Probe<T> value, Predicate<? super T> condition, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T last = value.get();
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL_MILLIS);
            last = value.get();
        }
        return last;
    }

    /** A value looked at again on every poll; may throw (an HTTP call, a query, reading a file). */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    /** A condition looked at again on every poll. */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }
}
