package nl.buurtstem.opendata.staff;

/**
 * A signed-in staff member, as the audit log names them.
 *
 * @param gebruikersnaam the login name; "api-key" for the staff API key
 * @param wijk           for a wijkpanel member, the CBS code of the one wijk they work for; otherwise null
 */
public record Medewerker(String gebruikersnaam, String naam, Rol rol, String wijk) {

    public Medewerker(String gebruikersnaam, String naam, Rol rol) {
        this(gebruikersnaam, naam, rol, null);
    }

    /** How colleagues see them named: the name, or the login name when no name was given. */
    public String weergavenaam() {
        return naam == null || naam.isBlank() ? gebruikersnaam : naam;
    }

    /** Whether they may work on content for this wijk (null: every wijk). */
    public boolean werktVoor(String wijkcode) {
        return rol != Rol.WIJKPANEL || (wijk != null && wijk.equals(wijkcode));
    }
}
