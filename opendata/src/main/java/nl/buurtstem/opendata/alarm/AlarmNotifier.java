package nl.buurtstem.opendata.alarm;

/** One way alerts reach staff. */
interface AlarmNotifier {

    /** A short name for the alert log and for retries: "webhook", "mail". */
    String kanaal();

    /** Delivers the message; returns a short note for the alert log, throws when delivery failed. */
    String send(AlarmMelding melding) throws Exception;
}
