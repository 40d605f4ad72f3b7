package nl.buurtstem.opendata.plan;

import java.util.function.Consumer;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.wijk.Wijk;

/** Plans as staff manage them: what a plan needs before it may be saved or published. */
public final class PlanBeheer {

    private PlanBeheer() {}

    public static Inhoud<Plan> inhoud(PlanStore plannen, Consumer<String> changed) {
        return new Inhoud<>(
                "plan",
                Plan.class,
                Plan::id,
                Plan::titel,
                PlanBeheer::check,
                plannen::all,
                plannen::find,
                plannen::save,
                plannen::delete,
                changed);
    }

    static void check(Plan plan) {
        Refs.require(plan.id(), "id");
        if (plan.titel() == null || plan.titel().isBlank()) {
            throw new IllegalArgumentException("titel is needed");
        }
        if (plan.wijk() != null && !Wijk.isWijkcode(plan.wijk())) {
            throw new IllegalArgumentException("wijk must be a CBS wijkcode like WK019311");
        }
        for (Plan.Fase f : plan.fasen()) {
            if (f.van() != null && f.tot() != null && f.tot().isBefore(f.van())) {
                throw new IllegalArgumentException("fase " + f.naam() + " ends before it starts");
            }
        }
        for (Plan.Document d : plan.documenten()) {
            Urls.require(d.url(), "a document's url");
            if (d.titel() == null || d.titel().isBlank()) {
                throw new IllegalArgumentException("every document needs a titel");
            }
        }
        for (Plan.Participatiemoment m : plan.momenten()) {
            if (m.wat() == null || m.wanneer() == null || m.waar() == null) {
                throw new IllegalArgumentException("a participatiemoment needs wat, wanneer and waar");
            }
        }
    }
}
