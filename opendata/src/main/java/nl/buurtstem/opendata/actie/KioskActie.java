package nl.buurtstem.opendata.actie;

import java.time.Instant;
import java.util.Map;

/**
 * A remote action for one kiosk: asked by staff, carried by the next heartbeat reply, reported back by a later one.
 *
 * @param door who asked (for the audit log)
 */
public record KioskActie(
        String id,
        String kioskId,
        ActieSoort soort,
        Map<String, Object> params,
        String door,
        Instant gevraagd,
        Instant verstuurd,
        Instant klaar,
        Boolean ok,
        String bericht) {}
