package nl.buurtstem.kiosk.voorlezen;

/** One stretch of a screen in one language, spoken by that language's voice. */
public record Deel(String taal, String tekst) {}
