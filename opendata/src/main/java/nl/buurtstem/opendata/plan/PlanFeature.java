package nl.buurtstem.opendata.plan;

import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.vertaling.ActueleVertalingen;

/**
 * The municipality's plans per wijk, with their phases and participatiemomenten (when, where, how to take part).
 * Kiosks show the plans of their wijk; the dataset "plannen" publishes them.
 */
public final class PlanFeature implements Feature {

    private final PlanStore plannen;
    private final ItemPublication<Plan> publication;

    /** @param vertalingen the plans' translations, published with them */
    public PlanFeature(Core core, ActueleVertalingen vertalingen) {
        this.plannen = new PlanStore(core.db(), core.json());
        this.publication = core.publication(
                "plan",
                Plan.class,
                plannen::all,
                plannen::find,
                Plan::id,
                new PlanRdf(core.iris(), vertalingen)::graph);
    }

    public PlanStore plannen() {
        return plannen;
    }

    /** Publishes a plan again after staff translated it ("plan/{id}"). */
    void vertaald(String item) {
        if (item.startsWith("plan/")) {
            publication.changed(item.substring("plan/".length()));
        }
    }

    /** Whether {@code ref} names a plan that is or was published. */
    public boolean exists(String ref) {
        return publication.exists(ref);
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(PlanStore.SCHEMA);
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection("plannen", kiosk -> plannen.inWijk(kiosk.wijk())));
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(beheer());
    }

    /** Plans as staff draft, publish and withdraw them. */
    public Inhoud<Plan> beheer() {
        return PlanBeheer.inhoud(plannen, publication::changed);
    }

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec(
                        "plannen",
                        "Plannen per wijk",
                        "De plannen van de gemeente per wijk, met hun fasen en de participatiemomenten (wanneer, waar, hoe).",
                        List.of("plan", "participatie", "wijk"),
                        List.of("plan/"),
                        false)
                .metTabel(PlanTabel.tabel()));
    }

    @Override
    public void open() {
        publication.publishAll();
    }
}
