package nl.buurtstem.opendata.sync;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.buurtstem.opendata.kiosk.Kiosk;
import nl.buurtstem.opendata.kiosk.KioskRegistry;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.web.Problem;

/**
 * Accepts a request only when an enrolled, unrevoked kiosk signed it just now, with a nonce not seen before.
 * Refusals never echo the secret or the expected signature. Refusals of a request the kiosk itself signed (revoked,
 * clock far off, replayed) are noted for staff as its last refusal; badly signed ones only as an unproven count.
 */
public final class KioskAuthenticator implements KioskAuth {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final int MAX_NONCE_LENGTH = 128;

    private final KioskRegistry registry;
    private final NonceLedger nonces;
    private final RefusalLog refusals;
    private final UnprovenRefusals unproven;
    private final Clock clock;

    public KioskAuthenticator(KioskRegistry registry, Database db, Clock clock) {
        this.registry = registry;
        this.nonces = new NonceLedger(db);
        this.refusals = new RefusalLog(db);
        this.unproven = new UnprovenRefusals(db);
        this.clock = clock;
    }

    @Override
    public Kiosk authenticate(Context ctx, byte[] body) {
        String kioskId = ctx.header(RequestSignature.KIOSK);
        String timestamp = ctx.header(RequestSignature.TIMESTAMP);
        String nonce = ctx.header(RequestSignature.NONCE);
        String signature = ctx.header(RequestSignature.SIGNATURE);
        if (kioskId == null || timestamp == null || nonce == null || signature == null) {
            throw unauthorized(
                    "unsigned",
                    "This request must be signed by an enrolled kiosk: headers "
                            + String.join(
                                    ", ",
                                    RequestSignature.KIOSK,
                                    RequestSignature.TIMESTAMP,
                                    RequestSignature.NONCE,
                                    RequestSignature.SIGNATURE)
                            + " are required.");
        }
        String secret = registry.secretOf(kioskId)
                .orElseThrow(() -> unauthorized("unknown-kiosk", "No enrolled kiosk is known as " + kioskId + "."));
        String canonical = RequestSignature.canonical(ctx.method().name(), ctx.path(), timestamp, nonce, body);
        if (!RequestSignature.matches(RequestSignature.sign(secret, canonical), signature)) {
            // Anyone can send this with the kiosk's public id: counted apart, never shown as the kiosk's own refusal.
            unproven.note(kioskId, clock.instant());
            throw unauthorized("bad-signature", "The signature does not match this request.");
        }
        try {
            Kiosk kiosk = registry.find(kioskId).orElseThrow();
            if (kiosk.isRevoked()) {
                throw new Problem(
                        403,
                        "kiosk-revoked",
                        "This kiosk was revoked at " + kiosk.revokedAt() + ": " + kiosk.revokedReason()
                                + ". Ask the municipality to enroll it again.");
            }
            Instant now = clock.instant();
            checkFresh(timestamp, now);
            checkNonce(kioskId, nonce, now);
            return kiosk;
        } catch (Problem refused) {
            refusals.note(kioskId, refused.type(), refused.getMessage(), clock.instant());
            throw refused;
        }
    }

    private static void checkFresh(String timestamp, Instant now) {
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochMilli(Long.parseLong(timestamp));
        } catch (NumberFormatException | DateTimeException e) {
            throw unauthorized(
                    "bad-timestamp", RequestSignature.TIMESTAMP + " must be milliseconds since 1970-01-01T00:00Z.");
        }
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            // The kiosk may have booted with a wrong clock: tell it ours so it can sign with a corrected time.
            throw new Problem(
                    401,
                    "stale-timestamp",
                    "The request was signed at " + signedAt + ", more than " + MAX_SKEW.toMinutes()
                            + " minutes from the central node's clock.",
                    Map.of("serverTime", now.toEpochMilli()));
        }
    }

    private void checkNonce(String kioskId, String nonce, Instant now) {
        if (nonce.isBlank() || nonce.length() > MAX_NONCE_LENGTH) {
            throw unauthorized(
                    "bad-nonce",
                    RequestSignature.NONCE + " must be 1 to " + MAX_NONCE_LENGTH + " characters, e.g. a UUID.");
        }
        // A nonce is kept for twice the timestamp window: after that its signature is stale anyway.
        if (!nonces.firstUse(kioskId, nonce, now, now.plus(MAX_SKEW.multipliedBy(2)))) {
            throw unauthorized("replayed", "This request was already received once (its nonce was used).");
        }
    }

    private static Problem unauthorized(String type, String detail) {
        return new Problem(401, type, detail);
    }
}
