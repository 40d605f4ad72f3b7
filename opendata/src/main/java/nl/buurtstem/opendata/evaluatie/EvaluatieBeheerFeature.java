package nl.buurtstem.opendata.evaluatie;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.staff.InhoudPaginas;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.wijk.Wijknamen;

/** The staff's side of evaluations: /beheer/evaluaties/, each linked to the plan or initiative it evaluates. */
public final class EvaluatieBeheerFeature implements Feature {

    private final InhoudPaginas<Evaluatie> paginas;
    private final EvaluatieVoorbeeld voorbeeld;

    /**
     * @param evalueerbaar the plans and initiatives one can evaluate, as "plan/{ref}" with their title
     * @param gebeurd      the kiosk's "Wat er gebeurde" with this evaluation in it, for the preview; empty when no kiosk
     *                     shows it
     */
    public EvaluatieBeheerFeature(
            Core core,
            EvaluatieFeature evaluatie,
            Wijknamen wijken,
            Supplier<List<Optie>> evalueerbaar,
            Function<Evaluatie, Optional<?>> gebeurd) {
        this.paginas = new InhoudPaginas<>(
                core.staff(),
                core.staff().redactie(core.json()),
                evaluatie.beheer(),
                "evaluaties",
                new InhoudPaginas.Woorden("Evaluaties", "evaluatie", "Nieuwe evaluatie", "de evaluatie"),
                "evaluatie/scherm.jte",
                new EvaluatieFormulier(evalueerbaar),
                wijken::naam,
                wijken::opties);
        this.voorbeeld = new EvaluatieVoorbeeld(
                core.staff().paginas(), core.staff().redactie(core.json()), evaluatie.beheer(), gebeurd);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
        voorbeeld.install(cfg);
    }
}
