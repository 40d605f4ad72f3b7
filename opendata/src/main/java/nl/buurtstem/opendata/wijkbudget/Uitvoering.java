package nl.buurtstem.opendata.wijkbudget;

import java.time.LocalDate;

/**
 * How far a winning proposal is, as staff last set it.
 *
 * @param voorstel the proposal's id within its wijkbudget
 * @param notitie  an optional short note in B1 ("De bankjes staan er sinds maart."), or null
 * @param datum    an optional date the status refers to (planned or done), or null
 */
public record Uitvoering(String voorstel, UitvoeringStatus status, String notitie, LocalDate datum) {}
