package nl.buurtstem.opendata.voorbeeld;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.web.Problem;

/** What a preview shows of an item: the version staff are writing (the draft, else the published one). */
public final class Werkversie {

    private Werkversie() {}

    /** The draft of {@code id}, else its published version; a 404 naming {@code wat} (e.g. "plan") when neither. */
    public static <T> T van(Redactie redactie, Inhoud<T> inhoud, String id, String wat) {
        return redactie.concept(inhoud, id)
                .or(() -> inhoud.find().apply(id))
                .orElseThrow(() -> Problem.notFound("Er is geen " + wat + " " + id + "."));
    }

    /** The published {@code lijst} as a kiosk has it, with {@code werk} in its own place, or last when it is new. */
    public static <T> List<T> tussen(List<T> lijst, T werk, Function<T, String> id) {
        List<T> uit = new ArrayList<>(lijst);
        int plaats = uit.stream().map(id).toList().indexOf(id.apply(werk));
        if (plaats >= 0) {
            uit.set(plaats, werk);
        } else {
            uit.add(werk);
        }
        return uit;
    }
}
