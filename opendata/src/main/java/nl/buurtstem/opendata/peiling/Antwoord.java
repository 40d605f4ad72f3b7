package nl.buurtstem.opendata.peiling;

import java.time.LocalDate;

/**
 * One answer as counted: anonymous, keyed by the kiosk's own sequence number so it counts once.
 *
 * @param datum the day it was given, on the central node's corrected clock
 */
public record Antwoord(
        String kioskId, long seq, String peiling, int optie, Kanaal kanaal, String wijk, LocalDate datum) {}
