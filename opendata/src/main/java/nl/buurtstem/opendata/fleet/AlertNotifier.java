package nl.buurtstem.opendata.fleet;

/** One way alerts reach staff. */
interface AlertNotifier {

    /** Delivers the message; returns a short note for the alert log, throws when delivery failed. */
    String send(AlertMelding melding) throws Exception;
}
