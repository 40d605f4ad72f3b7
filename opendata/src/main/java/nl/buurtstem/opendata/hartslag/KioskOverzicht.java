package nl.buurtstem.opendata.hartslag;

import java.time.Instant;
import nl.buurtstem.opendata.kiosk.Kiosk;

/**
 * One line of the fleet overview: a kiosk, what it last reported, and its status now.
 *
 * @param laatstGezien the later of its last heartbeat and its last sync, or null
 */
public record KioskOverzicht(Kiosk kiosk, Hartslag hartslag, KioskStatus status, Instant laatstGezien) {}
