package nl.buurtstem.opendata.staff;

/** One choice in a staff form's list: what is sent, and what the person reads. */
public record Optie(String waarde, String tekst) {}
