package nl.buurtstem.opendata.wijkbudget;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;

/**
 * The stemcode page of a wijkbudget: letters made so far, the form to make more, the desk's form for a lost letter,
 * the letters blocked, and the result so far.
 */
public record StemcodeScherm(
        String id,
        String titel,
        boolean stemcodesNodig,
        Formulier f,
        int brieven,
        List<Geblokkeerd> geblokkeerd,
        List<Stemmen> uitslag) {

    /** A blocked letter and the number of the letter that replaced it. */
    public record Geblokkeerd(int nummer, String wanneer, Integer vervangenDoor) {}

    /** Ballots counted for one proposal. */
    public record Stemmen(String voorstel, long aantal) {}
}
