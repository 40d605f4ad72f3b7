package nl.buurtstem.hardware;

/** The status lamps beside the buttons, by the colour a resident sees. */
public enum Lamp {
    GREEN("groen"),
    ORANGE("oranje"),
    RED("rood");

    private final String dutch;

    Lamp(String dutch) {
        this.dutch = dutch;
    }

    /** The colour in Dutch, as the host's check screen and the config name it ("lamp-groen"). */
    public String dutch() {
        return dutch;
    }

    static Lamp showing(LampStatus status) {
        return switch (status) {
            case FINE -> GREEN;
            case OFFLINE_WITH_ANSWERS_WAITING -> ORANGE;
            case FAULT -> RED;
        };
    }
}
