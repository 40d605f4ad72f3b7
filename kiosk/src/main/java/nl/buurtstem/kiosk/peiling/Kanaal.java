package nl.buurtstem.kiosk.peiling;

import java.util.Locale;

/** How the resident answered; sent to the central node as the lower-case name. */
public enum Kanaal {
    SCHERM,
    KNOP;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
