package nl.buurtstem.opendata.staff;

/** What a staff page says when something was refused or went wrong, in plain Dutch. */
public record Fout(String titel, String uitleg) {}
