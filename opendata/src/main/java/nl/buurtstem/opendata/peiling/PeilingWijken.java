package nl.buurtstem.opendata.peiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Thuis;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;

/** Wijken by the names staff know them by, instead of CBS codes. */
final class PeilingWijken {

    private final WijkStore wijken;

    PeilingWijken(WijkStore wijken) {
        this.wijken = wijken;
    }

    /** The wijken this staff member may choose: a wijkpanel member only their own; others every wijk and "all". */
    List<PeilingScherm.WijkKeuze> keuzes(Medewerker wie) {
        List<PeilingScherm.WijkKeuze> keuzes = new ArrayList<>();
        if (wie.wijk() == null) {
            keuzes.add(new PeilingScherm.WijkKeuze(PeilingFormulier.ALLE_WIJKEN, Thuis.ALLE));
        }
        wijken.all().stream()
                .filter(w -> wie.werktVoor(w.code()))
                .sorted((a, b) -> a.naam().compareTo(b.naam()))
                .forEach(w -> keuzes.add(new PeilingScherm.WijkKeuze(w.code(), w.naam())));
        return keuzes;
    }

    /** "Diezerpoort, Assendorp", or "Alle wijken". */
    String namen(Peiling p) {
        List<String> codes = !p.wijken().isEmpty() ? p.wijken() : p.wijk() == null ? List.of() : List.of(p.wijk());
        if (codes.isEmpty()) {
            return Thuis.ALLE;
        }
        Map<String, String> naam = wijken.all().stream().collect(Collectors.toMap(Wijk::code, Wijk::naam));
        return codes.stream().map(c -> naam.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    /** The name of each wijk the poll is asked in, one by one ("Alle wijken" once for every wijk). */
    List<String> elk(Peiling p) {
        List<String> codes = !p.wijken().isEmpty() ? p.wijken() : p.wijk() == null ? List.of() : List.of(p.wijk());
        if (codes.isEmpty()) {
            return List.of(Thuis.ALLE);
        }
        Function<String, String> naam = c -> wijken.find(c).map(Wijk::naam).orElse(c);
        return codes.stream().map(naam).toList();
    }
}
