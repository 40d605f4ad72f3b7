package nl.buurtstem.opendata.idee;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.vertaling.Vertaalitem;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ideas residents leave at a kiosk. What they typed stays in the database; only a text staff cleaned and a publisher
 * approved is published, in the dataset "initiatieven".
 */
public final class IdeeFeature implements Feature {

    private static final Logger log = LoggerFactory.getLogger(IdeeFeature.class);

    private final IdeePublicaties publicaties;
    private final ItemPublication<GepubliceerdIdee> publication;
    private final IdeeStore store;
    private final IdeeenPaginas paginas;
    private final IdeeLijstPagina lijst;
    private final ContactBewaring bewaring;
    private final Publisher publisher;
    private final Iris iris;
    private final IdeeVertalingen vertaalbaar;
    private final IdeeLogboek logboek;

    /**
     * @param wijken               the wijken, for their names
     * @param vertalingen          the translations of the answers, published with the ideas
     * @param contactBewaartermijn how long after an idea was dealt with its contact details are wiped
     * @param contactControle      how often the node looks for contact details past that term
     * @param doelen               what an idea can become: initiatives, plans and wijkbudget proposals, by name
     */
    public IdeeFeature(
            Core core,
            WijkStore wijken,
            VertalingStore vertalingen,
            Duration contactBewaartermijn,
            Duration contactControle,
            Supplier<List<Optie>> doelen) {
        this.publicaties = new IdeePublicaties(core.db(), core.json(), core.iris(), vertalingen);
        this.publication = core.publication(
                "idee",
                GepubliceerdIdee.class,
                publicaties::all,
                publicaties::find,
                GepubliceerdIdee::id,
                publicaties::graph);
        this.store = new IdeeStore(core.db());
        this.publisher = core.publisher();
        this.iris = core.iris();
        Function<String, String> wijknaam =
                code -> wijken.find(code).map(Wijk::naam).orElse(code);
        this.paginas = new IdeeenPaginas(
                core.staff().paginas(),
                core.staff().redactie(core.json()),
                publicaties.inhoud(publication::changed),
                store,
                core.staff().audit(),
                core.staff().users(),
                wijknaam,
                doelen,
                core.clock());
        this.lijst = new IdeeLijstPagina(
                core.staff().paginas(),
                store,
                core.staff().users(),
                wijknaam,
                () -> wijken.all().stream()
                        .map(w -> new Optie(w.code(), w.naam()))
                        .toList());
        this.bewaring = new ContactBewaring(store, contactBewaartermijn, contactControle, core.cluster(), core.clock());
        this.logboek = new IdeeLogboek(core.db(), core.json());
        this.vertaalbaar = new IdeeVertalingen(store, publicaties, publication::changed);
    }

    /** The public answers (and the published ideas' texts) staff translate for residents. */
    public Vertaalitem.Bron vertaalbaar() {
        return vertaalbaar;
    }

    public IdeeStore store() {
        return store;
    }

    public IdeePublicaties publicaties() {
        return publicaties;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(IdeeStore.SCHEMA, IdeePublicaties.SCHEMA);
    }

    @Override
    public List<EventHandler> syncEvents() {
        return List.of(new IdeeHandler());
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(publicaties.inhoud(publication::changed));
    }

    @Override
    public List<DatasetSpec.Bijdrage> bijdragen() {
        return List.of(
                new DatasetSpec.Bijdrage("initiatieven", "idee/"),
                new DatasetSpec.Bijdrage("initiatieven", "def/ideestatus"));
    }

    @Override
    public void open() {
        int gewist = logboek.wisContact();
        if (gewist > 0) {
            // A count only: never whose, never what.
            log.info("took the contact details out of {} logged idea events", gewist);
        }
        publisher.publishNow(iris.graph("def", "ideestatus"), publicaties.statussen());
        publication.publishAll();
    }

    @Override
    public void routes(JavalinConfig cfg) {
        lijst.install(cfg);
        paginas.install(cfg);
    }

    @Override
    public void start() {
        bewaring.start();
    }

    @Override
    public void close() {
        bewaring.close();
    }
}
