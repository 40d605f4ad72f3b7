package nl.buurtstem.opendata.peiling;

import java.util.Locale;

/** How a resident answered: by tapping the screen or by pressing a physical button. */
public enum Kanaal {
    SCHERM,
    KNOP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kanaal fromCode(String code) {
        for (Kanaal k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kanaal must be 'scherm' or 'knop', got " + code);
    }
}
