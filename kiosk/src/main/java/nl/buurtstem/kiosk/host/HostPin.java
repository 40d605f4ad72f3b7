package nl.buurtstem.kiosk.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.buurtstem.kiosk.web.Pogingen;

/**
 * The host mode's PIN and the sessions it opens. The PIN comes from kiosk.json ("hostPin") or, when that is
 * empty, from a random one kept in the data folder's host-pin file (mode 0600), never from a log. After five
 * wrong PINs in one session (a page load of the check screen) that session waits a minute, so a curious passer-by
 * cannot try them all quickly, and does not lock out the host who comes next.
 */
public final class HostPin {

    static final int MAX_TRIES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);
    static final Duration SESSION = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a PIN attempt gave. */
    public sealed interface Attempt {
        record Opened(String session) implements Attempt {}

        record Wrong(int triesLeft) implements Attempt {}

        record Locked(Duration retryAfter) implements Attempt {}
    }

    private final String pin;
    private final Clock clock;
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Pogingen tries;

    HostPin(String pin, Clock clock) {
        if (pin == null || !pin.matches("\\d{4,8}")) {
            throw new IllegalArgumentException("hostPin: use 4 to 8 digits");
        }
        this.pin = pin;
        this.clock = clock;
        this.tries = new Pogingen(clock, MAX_TRIES, LOCKOUT);
    }

    /** The PIN from kiosk.json, or the one kept in {@code dataDir/host-pin} (created at first start). */
    public static HostPin of(String configured, Path dataDir, Clock clock) {
        if (configured != null && !configured.isBlank()) {
            return new HostPin(configured.strip(), clock);
        }
        Path file = dataDir.resolve("host-pin");
        try {
            if (!Files.exists(file)) {
                String fresh = String.format("%06d", RANDOM.nextInt(1_000_000));
                Files.createDirectories(dataDir);
                Files.writeString(file, fresh + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system; the file stays as the OS made it
                }
            }
            return new HostPin(Files.readString(file).strip(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the host PIN in " + file, e);
        }
    }

    /** A PIN typed in {@code session} (see {@link Pogingen}). */
    public synchronized Attempt tryPin(String given, String session) {
        Instant now = clock.instant();
        Duration wait = tries.wachtNog(session);
        if (!wait.isZero()) {
            return new Attempt.Locked(wait);
        }
        if (given != null && MessageDigest.isEqual(given.strip().getBytes(), pin.getBytes())) {
            tries.goed(session);
            byte[] token = new byte[24];
            RANDOM.nextBytes(token);
            String opened = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
            sessions.put(opened, now.plus(SESSION));
            return new Attempt.Opened(opened);
        }
        int left = tries.fout(session);
        return left == 0 ? new Attempt.Locked(tries.wachtNog(session)) : new Attempt.Wrong(left);
    }

    /** Whether this session is open; each use keeps it open for another while. */
    public boolean valid(String session) {
        if (session == null) {
            return false;
        }
        Instant now = clock.instant();
        Instant until = sessions.get(session);
        if (until == null || !now.isBefore(until)) {
            sessions.remove(session);
            return false;
        }
        sessions.put(session, now.plus(SESSION));
        return true;
    }
}
