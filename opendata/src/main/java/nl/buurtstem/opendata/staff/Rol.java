package nl.buurtstem.opendata.staff;

import java.util.List;
import java.util.Locale;

/**
 * What a staff member may do. A role may do what the roles of a lower level may; the ideeënmakelaar writes like a
 * redacteur and also answers residents' ideas. A wijkpanel member works for one wijk only: they propose, a publicist
 * approves.
 */
public enum Rol {
    /** A wijkpanel volunteer: proposes polls and activities for their own wijk. */
    WIJKPANEL("wijkpanel", 0, "Wijkpanel", List.of()),
    /** Writes and changes drafts of every kind of content. */
    EDITOR("redacteur", 1, "Redacteur", List.of("editor")),
    /** Writes like a redacteur, and handles the ideas residents leave. */
    IDEEENMAKELAAR("ideeenmakelaar", 1, "Ideeënmakelaar", List.of("ideeënmakelaar")),
    /** Also publishes and withdraws: what residents and the open data see. */
    PUBLISHER("publicist", 2, "Publicist", List.of("publisher")),
    /** Also manages staff logins and reads the audit log. */
    ADMIN("beheerder", 3, "Beheerder", List.of("admin"));

    private final String code;
    private final int niveau;
    private final String naam;
    // Codes of 0.1 (editor, publisher, admin), still in databases, scripts and configuration.
    private final List<String> aliassen;

    Rol(String code, int niveau, String naam, List<String> aliassen) {
        this.code = code;
        this.niveau = niveau;
        this.naam = naam;
        this.aliassen = aliassen;
    }

    public boolean mag(Rol nodig) {
        return niveau >= nodig.niveau;
    }

    public String code() {
        return code;
    }

    /** The role's name as colleagues say it. */
    public String naam() {
        return naam;
    }

    public static Rol fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Rol r : values()) {
            if (r.code.equals(c) || r.aliassen.contains(c)) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "rol must be wijkpanel, redacteur, ideeenmakelaar, publicist or beheerder, got " + code);
    }
}
