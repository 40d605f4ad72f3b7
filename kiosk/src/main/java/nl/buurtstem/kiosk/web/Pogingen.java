package nl.buurtstem.kiosk.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong tries (stemcodes, the host PIN) counted per session: the touch page starts a session for each resident (a new
 * one whenever the screen goes home) and sends it in {@value #HEADER}. After so many wrong tries within a while that
 * session waits; the next resident does not. Requests without the header share one session.
 */
public final class Pogingen {

    public static final String HEADER = "X-Buurtstem-Sessie";
    // A kiosk sees a few hundred residents a day; older sessions are forgotten first.
    private static final int SESSIES = 1000;

    private final Clock clock;
    private final int max;
    private final Duration wacht;
    private final Map<String, Deque<Instant>> fouten = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > SESSIES;
        }
    };

    /** After {@code max} wrong tries within {@code wacht}, a session waits until the first of them is that old. */
    public Pogingen(Clock clock, int max, Duration wacht) {
        this.clock = clock;
        this.max = max;
        this.wacht = wacht;
    }

    /** The session a request comes from; requests without one share the empty session. */
    public static String sessie(Context ctx) {
        String s = ctx.header(HEADER);
        return s == null || s.length() > 100 ? "" : s;
    }

    public synchronized boolean geblokkeerd(String sessie) {
        return !wachtNog(sessie).isZero();
    }

    /** How long this session must still wait; zero when it may try. */
    public synchronized Duration wachtNog(String sessie) {
        Deque<Instant> f = fouten.get(sessie);
        if (f == null) {
            return Duration.ZERO;
        }
        Instant nu = clock.instant();
        while (!f.isEmpty() && !f.peekFirst().isAfter(nu.minus(wacht))) {
            f.removeFirst();
        }
        return f.size() >= max ? Duration.between(nu.minus(wacht), f.peekFirst()) : Duration.ZERO;
    }

    /** Counts a wrong try; returns how many this session has left. */
    public synchronized int fout(String sessie) {
        Deque<Instant> f = fouten.computeIfAbsent(sessie, k -> new ArrayDeque<>());
        f.addLast(clock.instant());
        return Math.max(0, max - f.size());
    }

    /** A right try forgets the session's wrong ones. */
    public synchronized void goed(String sessie) {
        fouten.remove(sessie);
    }
}
