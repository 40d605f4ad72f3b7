package nl.buurtstem.opendata.evaluatie;

import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Inhoud;

/** Evaluations as staff manage them: each evaluates a plan or initiative that exists. */
public final class EvaluatieBeheer {

    private EvaluatieBeheer() {}

    /** @param exists whether "plan/{ref}" or "initiatief/{ref}" names published (or withdrawn) content */
    public static Inhoud<Evaluatie> inhoud(EvaluatieStore store, Predicate<String> exists, Consumer<String> changed) {
        return new Inhoud<>(
                "evaluatie",
                Evaluatie.class,
                Evaluatie::id,
                Evaluatie::titel,
                e -> check(e, exists),
                store::all,
                store::find,
                store::save,
                store::delete,
                changed);
    }

    static void check(Evaluatie e, Predicate<String> exists) {
        Refs.require(e.id(), "id");
        if (e.titel() == null || e.titel().isBlank()) {
            throw new IllegalArgumentException("titel is needed");
        }
        if (e.evalueert() == null
                || !e.evalueert().matches("(plan|initiatief)/[a-z0-9-]+")
                || !exists.test(e.evalueert())) {
            throw new IllegalArgumentException(
                    "evalueert must name a plan or initiative that exists, as plan/{ref} or initiatief/{ref}");
        }
        for (Evaluatie.Indicator i : e.indicatoren()) {
            if (i.naam() == null || i.naam().isBlank()) {
                throw new IllegalArgumentException("every indicator needs a naam");
            }
        }
    }
}
