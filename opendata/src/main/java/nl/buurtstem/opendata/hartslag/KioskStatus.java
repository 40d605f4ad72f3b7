package nl.buurtstem.opendata.hartslag;

/**
 * How a kiosk is doing, as staff read it: in words and with an icon, never by colour alone.
 */
public enum KioskStatus {
    ONLINE("online", "Werkt", "✔"),
    LAAT("laat", "Laat: hartslag uitgebleven", "⏱"),
    OFFLINE("offline", "Offline", "✖"),
    GESLOTEN("gesloten", "Buiten openingstijden", "☾"),
    INGETROKKEN("ingetrokken", "Ingetrokken", "⛔"),
    NIEUW("nieuw", "Nog nooit verbonden", "…");

    private final String code;
    private final String woorden;
    private final String icoon;

    KioskStatus(String code, String woorden, String icoon) {
        this.code = code;
        this.woorden = woorden;
        this.icoon = icoon;
    }

    public String code() {
        return code;
    }

    public String woorden() {
        return woorden;
    }

    public String icoon() {
        return icoon;
    }
}
