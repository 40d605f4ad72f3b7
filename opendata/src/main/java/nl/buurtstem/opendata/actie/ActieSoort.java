package nl.buurtstem.opendata.actie;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What staff can ask a kiosk to do from the dashboard; the kiosk finds it in its next heartbeat reply. */
public enum ActieSoort {
    REFRESH_CONTENT("refresh-content", "Inhoud nu verversen"),
    RELOAD_PAGE("reload-page", "Pagina herladen"),
    RESTART_APP("restart-app", "Kiosk-app herstarten"),
    REBOOT("reboot", "Kiosk opnieuw opstarten"),
    SHOW_MESSAGE("show-message", "Bericht op het scherm tonen"),
    SCREENSHOT("screenshot", "Schermafbeelding maken");

    private final String code;
    private final String woorden;

    ActieSoort(String code, String woorden) {
        this.code = code;
        this.woorden = woorden;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String woorden() {
        return woorden;
    }

    public static Optional<ActieSoort> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
