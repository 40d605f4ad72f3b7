package nl.buurtstem.opendata.evaluatie;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.staff.InhoudPaginas;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.wijk.Wijknamen;

/** The staff's side of evaluations: /beheer/evaluaties/, each linked to the plan or initiative it evaluates. */
public final class EvaluatieBeheerFeature implements Feature {

    private final InhoudPaginas<Evaluatie> paginas;

    /** @param evalueerbaar the plans and initiatives one can evaluate, as "plan/{ref}" with their title */
    public EvaluatieBeheerFeature(
            Core core, EvaluatieFeature evaluatie, Wijknamen wijken, Supplier<List<Optie>> evalueerbaar) {
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
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
    }
}
