package nl.buurtstem.opendata.evaluatie;

import java.util.List;
import java.util.function.Predicate;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;

/** What became of plans and initiatives (evaluaties): goals, indicators, outcomes, lessons; dataset "evaluaties". */
public final class EvaluatieFeature implements Feature {

    private final EvaluatieStore store;
    private final ItemPublication<Evaluatie> publication;
    private final Predicate<String> evaluated;

    /** @param evaluated whether "plan/{ref}" or "initiatief/{ref}" names content that is or was published */
    public EvaluatieFeature(Core core, Predicate<String> evaluated) {
        this.store = new EvaluatieStore(core.db(), core.json());
        this.publication = core.publication(
                "evaluatie",
                Evaluatie.class,
                store::all,
                store::find,
                Evaluatie::id,
                new EvaluatieRdf(core.iris())::graph);
        this.evaluated = evaluated;
    }

    public EvaluatieStore store() {
        return store;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(EvaluatieStore.SCHEMA);
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(beheer());
    }

    /** Evaluations as staff draft, publish and withdraw them. */
    public Inhoud<Evaluatie> beheer() {
        return EvaluatieBeheer.inhoud(store, evaluated, publication::changed);
    }

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec(
                        "evaluaties",
                        "Evaluaties",
                        "Evaluaties van plannen en initiatieven: doelen, indicatoren, uitkomsten en lessen.",
                        List.of("evaluatie", "resultaat"),
                        List.of("evaluatie/"),
                        false)
                .metTabel(EvaluatieTabel.tabel()));
    }

    @Override
    public void open() {
        publication.publishAll();
    }
}
