package nl.buurtstem.opendata.wijkbudget;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.PeriodicPublication;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import org.apache.jena.graph.Graph;

/**
 * Wijkbudgetten: residents split a budget over proposals, voting at a kiosk with a stemcode from a letter. Ballots
 * arrive as "stembiljet" events; each budget and its result is published in the dataset "begroting".
 */
public final class WijkbudgetFeature implements Feature {

    private static final long REPUBLISH_SECONDS = 3;

    private final WijkbudgetStore store;
    private final Stembonnen bonnen;
    private final WijkbudgetRdf rdf;
    private final UitvoeringStore uitvoering;
    private final PeriodicPublication publication;
    private final Runnable codelijst;

    /**
     * @param privacyThreshold published vote counts below this are suppressed
     * @param vertalingen      the translations of the winners' progress notes, published beside the Dutch
     */
    public WijkbudgetFeature(Core core, int privacyThreshold, VertalingStore vertalingen) {
        this.store = new WijkbudgetStore(core.db(), core.json());
        this.bonnen = new Stembonnen(core.db());
        this.rdf = new WijkbudgetRdf(core.iris(), privacyThreshold, vertalingen::actueel);
        this.uitvoering = new UitvoeringStore(core.db());
        Iris iris = core.iris();
        this.codelijst = () -> core.publisher().publishNow(iris.graph("def", "uitvoeringsstatus"), rdf.statussen());
        // Ballots are counted by the sync room's transaction; the result graph is compared and republished on change.
        this.publication = new PeriodicPublication(core.publisher(), () -> {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            for (Wijkbudget w : store.all()) {
                Instant nu = core.clock().instant();
                List<String> geteld = w.isGesloten(nu) ? bonnen.geteld(w.id()) : List.of();
                graphs.put(
                        iris.graph("wijkbudget", w.id()),
                        rdf.graph(w, store.uitslag(w.id()), geteld, nu, uitvoering.van(w.id())));
            }
            return graphs;
        });
    }

    public WijkbudgetStore store() {
        return store;
    }

    /**
     * Per proposal, in the budget's order, the votes as the open data shows them: null where a count is held back.
     */
    public Map<Wijkbudget.Voorstel, Long> getoondeUitslag(Wijkbudget w) {
        Map<String, Long> stemmen = store.uitslag(w.id());
        Map<Wijkbudget.Voorstel, Long> getoond = new LinkedHashMap<>();
        for (Wijkbudget.Voorstel v : w.voorstellen()) {
            getoond.put(v, rdf.getoond(w, stemmen.getOrDefault(v.id(), 0L)));
        }
        return getoond;
    }

    /** The proposals that won once voting has ended, as the published result makes them; none before. */
    public List<Wijkbudget.Voorstel> winnaars(Wijkbudget w, Instant nu) {
        return w.isGesloten(nu) ? rdf.winnaars(w, store.uitslag(w.id())) : List.of();
    }

    /** How far each winning proposal is, as staff set it. */
    public UitvoeringStore uitvoering() {
        return uitvoering;
    }

    /** The receipts of ballots, for "Mijn inbreng". */
    public Stembonnen bonnen() {
        return bonnen;
    }

    /** Wijkbudgetten as staff draft, publish and withdraw them. */
    public Inhoud<Wijkbudget> beheer() {
        return WijkbudgetBeheer.inhoud(store);
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(beheer());
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(WijkbudgetStore.SCHEMA, Stembonnen.SCHEMA, UitvoeringStore.SCHEMA);
    }

    @Override
    public List<EventHandler> syncEvents() {
        return List.of(new StembiljetHandler(store));
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection("wijkbudgetten", kiosk -> store.forKiosk(kiosk.wijk())));
    }

    @Override
    public List<DatasetSpec.Bijdrage> bijdragen() {
        return List.of(
                new DatasetSpec.Bijdrage("begroting", "wijkbudget/"),
                new DatasetSpec.Bijdrage("begroting", "def/uitvoeringsstatus"));
    }

    @Override
    public void open() {
        codelijst.run();
        publication.start(REPUBLISH_SECONDS);
    }

    @Override
    public void close() {
        publication.close();
    }
}
