package nl.buurtstem.opendata.alarm;

/** The ways a kiosk is known to fail, each an alert of its own. */
enum AlarmSoort {
    OFFLINE("offline", "Kiosk offline tijdens openingstijden"),
    OUTBOX_GROEIT("outbox-growing", "Antwoorden blijven op de kiosk staan (outbox groeit)"),
    OVERVERHIT("overheating", "Kiosk is te heet"),
    ONDERSPANNING("under-voltage", "Te weinig stroom (onderspanning of afremmen)"),
    SCHIJF_VOL("disk-full", "Geheugenkaart bijna vol"),
    BROWSER_DOOD("browser-dead", "Kioskpagina reageert niet (zwart scherm?)");

    private final String code;
    private final String titel;

    AlarmSoort(String code, String titel) {
        this.code = code;
        this.titel = titel;
    }

    String code() {
        return code;
    }

    String titel() {
        return titel;
    }
}
