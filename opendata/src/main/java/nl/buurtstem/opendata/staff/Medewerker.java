package nl.buurtstem.opendata.staff;

/**
 * A signed-in staff member, as the audit log names them.
 *
 * @param gebruikersnaam the login name; "api-key" for the staff API key
 */
public record Medewerker(String gebruikersnaam, String naam, Rol rol) {

    /** How colleagues see them named: the name, or the login name when no name was given. */
    public String weergavenaam() {
        return naam == null || naam.isBlank() ? gebruikersnaam : naam;
    }
}
