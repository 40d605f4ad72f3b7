package nl.buurtstem.opendata.wijk;

import java.util.List;
import nl.buurtstem.opendata.staff.Optie;

/** Wijken by the names staff know them by, for the staff's forms and lists instead of CBS codes. */
public final class Wijknamen {

    private final WijkStore wijken;

    public Wijknamen(WijkStore wijken) {
        this.wijken = wijken;
    }

    /** "Diezerpoort" for WK019311; the code itself for a wijk that is not known (any more). */
    public String naam(String code) {
        return wijken.find(code).map(Wijk::naam).orElse(code);
    }

    /** Every wijk to choose from, by name. */
    public List<Optie> opties() {
        return wijken.all().stream()
                .sorted((a, b) -> a.naam().compareTo(b.naam()))
                .map(w -> new Optie(w.code(), w.naam()))
                .toList();
    }
}
