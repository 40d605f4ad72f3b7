package nl.buurtstem.opendata.wijkbudget;

import java.util.HashSet;
import java.util.Set;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.wijk.Wijk;

/**
 * Wijkbudgetten as staff manage them. Their results are republished every few seconds from the store (see
 * {@link WijkbudgetFeature}), so a change needs no extra step to reach the open data.
 */
final class WijkbudgetBeheer {

    private WijkbudgetBeheer() {}

    static Inhoud<Wijkbudget> inhoud(WijkbudgetStore store) {
        return new Inhoud<>(
                "wijkbudget",
                Wijkbudget.class,
                Wijkbudget::id,
                Wijkbudget::titel,
                WijkbudgetBeheer::check,
                store::all,
                store::find,
                store::save,
                store::delete,
                ref -> {});
    }

    static void check(Wijkbudget w) {
        Refs.require(w.id(), "id");
        if (w.titel() == null || w.titel().isBlank()) {
            throw new IllegalArgumentException("titel is needed");
        }
        if (w.wijk() == null || !Wijk.isWijkcode(w.wijk())) {
            throw new IllegalArgumentException("wijk must be a CBS wijkcode like WK019311");
        }
        if (w.bedrag() <= 0) {
            throw new IllegalArgumentException("bedrag must be a positive number of euros");
        }
        if (w.voorstellen().isEmpty()) {
            throw new IllegalArgumentException("a wijkbudget needs at least one voorstel");
        }
        Set<String> ids = new HashSet<>();
        for (Wijkbudget.Voorstel v : w.voorstellen()) {
            Refs.require(v.id(), "voorstel id");
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("voorstel ids must differ: " + v.id());
            }
            if (v.titel() == null || v.titel().isBlank() || v.bedrag() <= 0 || v.bedrag() > w.bedrag()) {
                throw new IllegalArgumentException("every voorstel needs a titel and a bedrag within the budget");
            }
        }
    }
}
