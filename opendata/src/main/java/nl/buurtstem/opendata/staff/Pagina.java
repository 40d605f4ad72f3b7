package nl.buurtstem.opendata.staff;

/**
 * What every staff page shows around its own content: its title, who is logged in, the form token, and the message
 * left by the previous step.
 *
 * @param wie     null on the login page
 * @param csrf    the value of every form's hidden field {@value CsrfGuard#FIELD}
 * @param melding a success message after a redirect, or null
 */
public record Pagina(String titel, Medewerker wie, String csrf, String melding) {}
