package nl.buurtstem.kiosk;

/**
 * Which release of the kiosk app is running. The release's launcher sets {@code -Dbuurtstem.version}; the update
 * script on the Pi reads it back from /health to know the new version really started before it confirms a switch.
 */
public final class KioskVersion {

    private KioskVersion() {
    }

    public static String current() {
        String version = System.getProperty("buurtstem.version");
        if (version == null || version.isBlank()) {
            version = KioskVersion.class.getPackage().getImplementationVersion();
        }
        return version == null || version.isBlank() ? "dev" : version;
    }
}
