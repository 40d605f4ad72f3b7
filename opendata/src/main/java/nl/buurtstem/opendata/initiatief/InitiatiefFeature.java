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
import nl.buurtstem.opendata.vertaling.VertalingStore;

/**
 * Residents' initiatives in their wijk and the menukaart (the steps from idea to money to realisation). Kiosks show
 * both; the dataset "initiatieven" publishes the initiatives, the dataset "menukaart" the published menukaart with its
 * translations.
 */
public final class InitiatiefFeature implements Feature {

    private final InitiatiefStore initiatieven;
    private final MenukaartStore menukaart;
    private final ItemPublication<Initiatief> publication;
    private final ItemPublication<Menukaart> menukaartPublication;
    private final KioskInitiatieven voorKiosk;

    /**
     * @param wijknaam    the name of a wijk by its code, for examples from a neighbouring wijk
     * @param vertalingen the translations of the initiatives and the menukaart, published with them
     */
    public InitiatiefFeature(Core core, Function<String, String> wijknaam, VertalingStore vertalingen) {
        this.initiatieven = new InitiatiefStore(core.db(), core.json());
        this.menukaart = new MenukaartStore(core.db(), core.json());
        this.publication = core.publication(
                "initiatief",
                Initiatief.class,
                initiatieven::all,
                initiatieven::find,
                Initiatief::id,
                new InitiatiefRdf(core.iris(), vertalingen::actueel)::graph);
        this.menukaartPublication = core.publication(
                "menukaart",
                Menukaart.class,
                () -> menukaart.current().map(List::of).orElse(List.of()),
                id -> menukaart.current().filter(m -> m.id().equals(id)),
                Menukaart::id,
                new MenukaartRdf(core.iris(), core.staff().audit(), vertalingen::actueel)::graph);
        this.voorKiosk = new KioskInitiatieven(initiatieven, core.json(), wijknaam);
    }

    public InitiatiefStore initiatieven() {
        return initiatieven;
    }

    public MenukaartStore menukaart() {
        return menukaart;
    }

    /** Publishes the menukaart again: staff published a new version of it. */
    void menukaartGewijzigd(String id) {
        menukaartPublication.changed(id);
    }

    /** Publishes again what staff translated: an initiative ("initiatief/{id}") or a step of the menukaart. */
    void vertaald(String item) {
        if (item.startsWith("initiatief/")) {
            publication.changed(item.substring("initiatief/".length()));
        } else if (item.startsWith("menukaart/")) {
            menukaart.current().ifPresent(m -> menukaartPublication.changed(m.id()));
        }
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
        return List.of(
                new DatasetSpec(
                                "initiatieven",
                                "Bewonersinitiatieven en ideeën",
                                "Initiatieven van bewoners in hun wijk: het verhaal en hoe u meedoet via de gemeente; en ideeën van "
                                        + "bewoners, alleen in een door de gemeente opgeschoonde tekst.",
                                List.of("initiatief", "bewoners", "wijk"),
                                List.of("initiatief/"),
                                false)
                        .metTabel(InitiatiefTabel.tabel()),
                new DatasetSpec(
                                "menukaart",
                                "Menukaart: van idee tot uitvoering",
                                "De stappen die een bewoner zet van een idee tot het uitvoeren ervan, op volgorde: wat de "
                                        + "gemeente bij elke stap biedt en verwacht, en bij welke fondsen u tot welk bedrag "
                                        + "geld kunt aanvragen. Alleen de gepubliceerde versie, met haar versienummer, in "
                                        + "het Nederlands en in de talen waarin zij vertaald is.",
                                List.of("initiatief", "bewoners", "subsidie", "participatie"),
                                List.of("menukaart/"),
                                false)
                        .metTabel(MenukaartTabel.tabel()));
    }

    @Override
    public void open() {
        publication.publishAll();
        menukaartPublication.publishAll();
    }
}
