package nl.buurtstem.opendata.initiatief;

import java.util.List;
import java.util.function.Function;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;

/**
 * Residents' initiatives in their wijk and the menukaart (the steps from idea to money to realisation). Kiosks show
 * both; the dataset "initiatieven" publishes the initiatives.
 */
public final class InitiatiefFeature implements Feature {

    private final InitiatiefStore initiatieven;
    private final MenukaartStore menukaart;
    private final ItemPublication<Initiatief> publication;
    private final KioskInitiatieven voorKiosk;

    /** @param wijknaam the name of a wijk by its code, for examples from a neighbouring wijk */
    public InitiatiefFeature(Core core, Function<String, String> wijknaam) {
        this.initiatieven = new InitiatiefStore(core.db(), core.json());
        this.menukaart = new MenukaartStore(core.db(), core.json());
        this.publication = core.publication(
                "initiatief",
                Initiatief.class,
                initiatieven::all,
                initiatieven::find,
                Initiatief::id,
                new InitiatiefRdf(core.iris())::graph);
        this.voorKiosk = new KioskInitiatieven(initiatieven, core.json(), wijknaam);
    }

    public InitiatiefStore initiatieven() {
        return initiatieven;
    }

    public MenukaartStore menukaart() {
        return menukaart;
    }

    /** Whether {@code ref} names an initiative that is or was published. */
    public boolean exists(String ref) {
        return publication.exists(ref);
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(InitiatiefStore.SCHEMA, MenukaartStore.SCHEMA);
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(
                new ContentSection("initiatieven", kiosk -> voorKiosk.voor(kiosk.wijk())),
                new ContentSection("menukaart", kiosk -> menukaart.current().orElse(null)));
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(beheer());
    }

    /** Initiatives as staff draft, publish and withdraw them. */
    public Inhoud<Initiatief> beheer() {
        return InitiatiefBeheer.inhoud(initiatieven, publication::changed);
    }

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec(
                        "initiatieven",
                        "Bewonersinitiatieven en ideeën",
                        "Initiatieven van bewoners in hun wijk: het verhaal en hoe u meedoet via de gemeente; en ideeën van "
                                + "bewoners, alleen in een door de gemeente opgeschoonde tekst.",
                        List.of("initiatief", "bewoners", "wijk"),
                        List.of("initiatief/"),
                        false)
                .metTabel(InitiatiefTabel.tabel()));
    }

    @Override
    public void open() {
        publication.publishAll();
    }
}
