package nl.buurtstem.opendata.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after a few wrong passwords for one login name, or from one address, each further
 * try must wait, twice as long each time (up to a quarter of an hour). A waiting login is refused without looking at
 * the password, so guessing on does not help; a right password clears the name's count. Unknown names count like
 * known ones, so the refusals tell nothing about which names exist. Kept in memory: a restart forgives.
 */
final class LoginThrottle {

    static final int FREE_PER_NAME = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    // Failures this long ago are forgotten.
    private static final Duration MEMORY = Duration.ofHours(1);
    // Bounds the memory someone can fill with made-up names: the oldest entries go first.
    private static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Map<String, Failures> byName = bounded();
    private final Map<String, Failures> byAddress = bounded();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login must still wait, if at all. */
    synchronized Optional<Duration> waitFor(String name, String address) {
        Instant now = clock.instant();
        Duration wait = longest(
                remaining(byName.get(key(name)), FREE_PER_NAME, now),
                remaining(byAddress.get(address), FREE_PER_ADDRESS, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        count(byName, key(name), now);
        count(byAddress, address, now);
    }

    synchronized void succeeded(String name) {
        byName.remove(key(name));
    }

    private static void count(Map<String, Failures> map, String key, Instant now) {
        Failures f = map.get(key);
        map.put(
                key,
                f == null || f.last().plus(MEMORY).isBefore(now) ? new Failures(1, now) : new Failures(f.n() + 1, now));
    }

    private Duration remaining(Failures f, int free, Instant now) {
        if (f == null || f.n() < free || f.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(20, f.n() - free));
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }

    private record Failures(int n, Instant last) {}
}
