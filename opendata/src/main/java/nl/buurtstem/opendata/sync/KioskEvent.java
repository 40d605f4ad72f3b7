package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import nl.buurtstem.opendata.kiosk.Kiosk;

/**
 * An event as the central node stored it.
 *
 * @param kioskTime when it happened by the kiosk's clock
 * @param time      when it happened by the central node's clock (the kiosk's time corrected by its measured offset)
 */
public record KioskEvent(
        Kiosk kiosk, long seq, String id, String type, Instant kioskTime, Instant time, JsonNode data) {}
