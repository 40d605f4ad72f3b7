package nl.buurtstem.opendata.peiling;

import java.time.Instant;

/**
 * One cell of a poll's results: the answers given for one option in one wijk, at one kiosk, through one channel,
 * received in one closed period.
 *
 * @param antwoorden counted answers
 * @param onderdrukt button presses the kiosk did not count (the same button hammered)
 */
public record Cel(
        Instant periode, int optie, String wijk, String kioskId, Kanaal kanaal, long antwoorden, long onderdrukt) {

    /** The line of the published totals this cell adds up into. */
    Lijn lijn() {
        return new Lijn(periode, wijk, optie);
    }

    /** Answers for one option in one wijk in one period: a published total and the cells it is the sum of. */
    record Lijn(Instant periode, String wijk, int optie) {}
}
