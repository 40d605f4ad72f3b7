package nl.buurtstem.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Waiting for what happens in the background (a sync, a publication, a heartbeat): polled, never a fixed sleep. */
public final class Eventually {

    // Generous: a waiting test costs only while it waits, and a shared 2-core machine under load is slow, not broken.
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {}

    /** Polls until {@code condition} holds, at most 60 s; returns the last value for the caller to assert on. */
    public static <T> T await(Value<T> value, Predicate<T> condition) throws Exception {
        return await(value, condition, PATIENCE);
    }

    /** Polls until {@code condition} holds or {@code patience} passed; returns the last value. */
    public static <T> T await(Value<T> value, Predicate<T> condition, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T last = value.get();
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    @FunctionalInterface
    public interface Value<T> {
        T get() throws Exception;
    }
}
