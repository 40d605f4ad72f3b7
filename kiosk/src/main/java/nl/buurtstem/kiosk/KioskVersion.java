package nl.buurtstem.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which release of the kiosk app is running. The release's launcher sets {@code -Dbuurtstem.version}; the update
 * script on the Pi reads it back from /health to know the new version really started before it confirms a switch.
 */
public final class KioskVersion {

    /** Written by the update script on the card (buurtstem-update) into the kiosk's data folder. */
    static final String UPDATE_STATE = "update-state.json";

    private KioskVersion() {}

    public static String current() {
        String version = System.getProperty("buurtstem.version");
        if (version == null || version.isBlank()) {
            version = KioskVersion.class.getPackage().getImplementationVersion();
        }
        return version == null || version.isBlank() ? "dev" : version;
    }

    /**
     * The version as staff should see it on the dashboard: with the newer version that failed and was rolled back,
     * e.g. {@code 0.1.0 (0.2.0 teruggedraaid)}, as long as the kiosk still runs the version it went back to.
     */
    public static String describe(String version, Path dataDir) {
        Path state = dataDir.resolve(UPDATE_STATE);
        if (!Files.isRegularFile(state)) {
            return version;
        }
        try {
            JsonNode rollback = new ObjectMapper().readTree(state.toFile()).path("rollback");
            if (rollback.path("to").asText().equals(version)
                    && !rollback.path("from").asText().isEmpty()) {
                return version + " (" + rollback.path("from").asText() + " teruggedraaid)";
            }
        } catch (IOException e) {
            // A half-written state file (power cut) only costs the note; the version itself is still right.
        }
        return version;
    }
}
