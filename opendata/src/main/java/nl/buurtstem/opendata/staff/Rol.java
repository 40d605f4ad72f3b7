package nl.buurtstem.opendata.staff;

import java.util.Locale;

/** What a staff member may do with content: each role may do all the roles before it may. */
public enum Rol {
    /** Writes and changes drafts. */
    EDITOR,
    /** Also publishes and withdraws: what residents and the open data see. */
    PUBLISHER,
    /** Also manages staff logins and reads the audit log. */
    ADMIN;

    public boolean mag(Rol nodig) {
        return ordinal() >= nodig.ordinal();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rol fromCode(String code) {
        for (Rol r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("rol must be editor, publisher or admin, got " + code);
    }
}
