package nl.buurtstem.hardware;

/** A wrong entry in the "hardware" part of kiosk.json; the message starts with the entry's name. */
public final class HardwareConfigException extends IllegalArgumentException {

    private final String entry;

    public HardwareConfigException(String entry, String problem) {
        super(entry + ": " + problem);
        this.entry = entry;
    }

    /** The entry as kiosk.json spells it, e.g. {@code hardware.pins.lampRood}. */
    public String entry() {
        return entry;
    }
}
