package nl.buurtstem.opendata.hartslag;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import nl.buurtstem.opendata.kiosk.Kiosk;
import nl.buurtstem.opstartkaart.Openingstijden;

/** Decides a kiosk's status from when it was last heard and the buurthuis' opening hours. */
public final class StatusRules {

    private final FleetSettings settings;

    public StatusRules(FleetSettings settings) {
        this.settings = settings;
    }

    public KioskStatus status(Kiosk kiosk, Instant lastHeartbeat, Instant now) {
        if (kiosk.isRevoked()) {
            return KioskStatus.INGETROKKEN;
        }
        Instant heard = latest(lastHeartbeat, kiosk.lastSeen());
        if (heard == null) {
            return KioskStatus.NIEUW;
        }
        Duration silent = Duration.between(heard, now);
        if (silent.compareTo(settings.lateAfter()) <= 0) {
            return KioskStatus.ONLINE;
        }
        if (silent.compareTo(settings.offlineAfter()) <= 0) {
            return KioskStatus.LAAT;
        }
        // A kiosk switched off at night is not a problem: the buurthuis is closed.
        return isOpen(kiosk, now) ? KioskStatus.OFFLINE : KioskStatus.GESLOTEN;
    }

    /** Whether the kiosk's buurthuis is open: by its own opening hours when staff set them, else the fleet's. */
    boolean isOpen(Kiosk kiosk, Instant at) {
        if (kiosk.openingstijden() == null) {
            return isOpen(at);
        }
        return Openingstijden.uit(kiosk.openingstijden()).open(at.atZone(settings.zone()));
    }

    /** Whether the buurthuizen are open at {@code at} by the fleet's hours; hours past midnight wrap around. */
    boolean isOpen(Instant at) {
        LocalTime time = at.atZone(settings.zone()).toLocalTime();
        LocalTime opens = settings.opensAt();
        LocalTime closes = settings.closesAt();
        if (opens.equals(closes)) {
            return true;
        }
        return opens.isBefore(closes)
                ? !time.isBefore(opens) && time.isBefore(closes)
                : !time.isBefore(opens) || time.isBefore(closes);
    }

    static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
