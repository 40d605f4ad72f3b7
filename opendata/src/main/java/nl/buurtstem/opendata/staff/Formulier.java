package nl.buurtstem.opendata.staff;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What someone typed into a staff form, with an error in plain Dutch per field: on an error the page is shown again
 * with every value as it was entered and the error next to its field.
 */
public final class Formulier {

    private final Map<String, List<String>> waarden = new LinkedHashMap<>();
    private final Map<String, String> fouten = new LinkedHashMap<>();

    public static Formulier leeg() {
        return new Formulier();
    }

    public static Formulier van(Context ctx) {
        Formulier f = new Formulier();
        ctx.formParamMap().forEach((naam, lijst) -> f.waarden.put(naam, List.copyOf(lijst)));
        return f;
    }

    /** The value as typed, stripped; "" when the field was left empty. */
    public String waarde(String naam) {
        List<String> lijst = waarden.get(naam);
        return lijst == null || lijst.isEmpty() || lijst.getFirst() == null
                ? ""
                : lijst.getFirst().strip();
    }

    public List<String> waarden(String naam) {
        return waarden.getOrDefault(naam, List.of());
    }

    public boolean gekozen(String naam, String waarde) {
        return waarden(naam).contains(waarde);
    }

    public Formulier zet(String naam, String... waarde) {
        waarden.put(naam, List.of(waarde));
        return this;
    }

    public Formulier zet(String naam, List<String> waarde) {
        waarden.put(naam, List.copyOf(waarde));
        return this;
    }

    /** Notes an error for the field; the first one per field counts. */
    public void fout(String naam, String tekst) {
        fouten.putIfAbsent(naam, tekst);
    }

    public String fout(String naam) {
        return fouten.get(naam);
    }

    public boolean heeftFout(String naam) {
        return fouten.containsKey(naam);
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    /** The ids aria-describedby names for a field: its explanation (if it has one) and its error (if any). */
    public String beschrijving(String naam, boolean heeftUitleg) {
        String ids = (heeftUitleg ? naam + "-uitleg " : "") + (heeftFout(naam) ? naam + "-fout" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** Field name to error, in the order they were found: the summary at the top of the form links to each. */
    public Map<String, String> fouten() {
        return fouten;
    }
}
