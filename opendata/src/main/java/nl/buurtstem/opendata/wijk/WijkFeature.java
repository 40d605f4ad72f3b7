package nl.buurtstem.opendata.wijk;

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
 * The wijken the municipality works with (CBS wijkcode, name, map year, outline, gebiedsagenda) and the simple wijk map
 * the kiosks draw. Publishes the dataset "wijken"; a kiosk gets its own wijk and the map.
 */
public final class WijkFeature implements Feature {

    private final WijkStore wijken;
    private final WijkkaartStore kaart;
    private final WijkGrenzen grenzen;
    private final Gebiedsagenda.Store agendas;
    private final ItemPublication<Wijk> publication;

    /** @param vertalingen the gebiedsagendas' translations, published with them */
    public WijkFeature(Core core, ActueleVertalingen vertalingen) {
        this.wijken = new WijkStore(core.db());
        this.kaart = new WijkkaartStore(core.db(), core.json());
        this.grenzen = new WijkGrenzen(core.db(), core.json());
        this.agendas = new Gebiedsagenda.Store(core.db(), core.json(), core.clock());
        WijkRdf rdf = new WijkRdf(core.iris(), vertalingen);
        this.publication = core.publication(
                "wijk",
                Wijk.class,
                wijken::all,
                wijken::find,
                Wijk::code,
                w -> rdf.graph(w, grenzen.van(w.code()), agendas.van(w.code())));
    }

    public WijkStore wijken() {
        return wijken;
    }

    public WijkkaartStore kaart() {
        return kaart;
    }

    WijkGrenzen grenzen() {
        return grenzen;
    }

    public Gebiedsagenda.Store agendas() {
        return agendas;
    }

    /** Publishes the wijk again, with the outline, gebiedsagenda or translation staff just gave it. */
    void gewijzigd(String code) {
        publication.changed(code);
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(WijkStore.SCHEMA, WijkkaartStore.SCHEMA, WijkGrenzen.SCHEMA);
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(
                new ContentSection("wijk", kiosk -> wijken.find(kiosk.wijk()).orElse(null)),
                new ContentSection("wijkkaart", kiosk -> kaart.current().orElse(null)));
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(WijkBeheer.inhoud(wijken, publication::changed));
    }

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec(
                        "wijken",
                        "Wijken",
                        "De wijken van de gemeente met hun CBS-wijkcode, het jaar van de CBS Wijk- en Buurtkaart, hun grens "
                                + "en hun gebiedsagenda: de doelen en opgaven die gemeente en wijk samen stelden.",
                        List.of("wijk", "CBS"),
                        List.of("wijk/"),
                        false)
                .metTabel(WijkTabel.tabel()));
    }

    @Override
    public void open() {
        publication.publishAll();
    }
}
