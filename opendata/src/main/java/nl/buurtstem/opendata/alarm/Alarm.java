package nl.buurtstem.opendata.alarm;

import java.time.Instant;

/**
 * One alert in the alert log: opened when a rule began to hold, closed when it stopped.
 *
 * @param melding       how the alert was delivered (or why it was not)
 * @param herstelmelding how the recovery notice was delivered, once closed
 */
public record Alarm(
        long id,
        String kioskId,
        String soort,
        String titel,
        String detail,
        Instant geopend,
        Instant gesloten,
        String melding,
        String herstelmelding) {}
