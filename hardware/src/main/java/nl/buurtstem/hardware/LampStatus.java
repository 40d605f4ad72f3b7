package nl.buurtstem.hardware;

/** What the status lamp tells a resident or a buurthuis volunteer passing by. */
public enum LampStatus {
    /** Steady green: the kiosk works and is in touch with the municipality. */
    FINE,
    /** Steady orange: no connection, answers are kept safely and will be sent later. */
    OFFLINE_WITH_ANSWERS_WAITING,
    /** Steady red: something is broken; the host should look at the kiosk. */
    FAULT
}
