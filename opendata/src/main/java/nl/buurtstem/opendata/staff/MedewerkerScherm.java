package nl.buurtstem.opendata.staff;

import java.util.List;

/** What the staff logins page shows: who can log in, the roles to choose from, and the form to add someone. */
public record MedewerkerScherm(List<Rij> medewerkers, List<RolKeuze> rollen, List<Optie> wijken, Formulier f) {

    /** One login: its name, role and wijk in words. */
    public record Rij(String gebruikersnaam, String naam, String rol, String wijk) {}

    /** A role to choose, with what it may do. */
    public record RolKeuze(String code, String naam, String uitleg) {}
}
