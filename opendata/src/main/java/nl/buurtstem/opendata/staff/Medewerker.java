package nl.buurtstem.opendata.staff;

/**
 * A signed-in staff member, as the audit log names them.
 *
 * @param gebruikersnaam the login name; "api-key" for the staff API key
 */
public record Medewerker(String gebruikersnaam, String naam, Rol rol) {}
