package nl.buurtstem.opendata.peiling;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.HtmlView;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.sync.EventHandler;

/**
 * Quick polls (peilingen): staff ask them, residents answer on the screen or with the buttons, and the results are
 * published per closed period as W3C Data Cubes (datasets "peilingresultaten", "peilingtotalen" and the standings
 * "peilingstand" and "peilingstandperwijk"), with small counts held back, and the same protected figures on the pages and the kiosks.
 */
public final class PeilingFeature implements Feature {

    private final PeilingStore peilingen;
    private final PeilingPublication publication;
    private final PeilingBeheer beheer;
    private final PeilingPages pages;
    private final KioskPeilingen kiosk;
    private final PeriodeAfsluiting afsluiting;
    private final Clock clock;

    /**
     * @param privacyThreshold published counts below this are held back
     * @param periode          how long answers wait before they are published
     */
    public PeilingFeature(Core core, int privacyThreshold, Publicatieperiode periode) {
        this.peilingen = new PeilingStore(core.db(), core.json());
        this.clock = core.clock();
        Antwoorden antwoorden = new Antwoorden(core.db());
        PeilingCube cube = new PeilingCube(core.iris(), privacyThreshold);
        this.publication = new PeilingPublication(
                peilingen,
                antwoorden,
                new Standen(core.db()),
                cube,
                new Celbeveiliging(privacyThreshold),
                core.publisher());
        this.beheer = new PeilingBeheer(
                peilingen, publication, cube, core.publisher(), core.staff().lifecycle(), core.json(), core.iris());
        this.pages = new PeilingPages(peilingen, publication, periode, privacyThreshold);
        this.kiosk = new KioskPeilingen(peilingen, core.clock());
        this.afsluiting = new PeriodeAfsluiting(periode, antwoorden, publication, core.cluster(), core.clock());
    }

    /** The poll's results as every channel may show them (closed periods, small counts held back). */
    public GetoondeStand stand(Peiling peiling) {
        return publication.stand(peiling);
    }

    /** The polls a kiosk of the wijk would ask with this draft published, in the feed's shape: for a preview. */
    List<Map<String, Object>> kioskMetConcept(Peiling concept, String wijkcode) {
        return kiosk.metConcept(concept, wijkcode);
    }

    public PeilingStore peilingen() {
        return peilingen;
    }

    /** Polls as staff manage them: their content kind for the staff's pages. */
    public PeilingBeheer beheer() {
        return beheer;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(PeilingStore.SCHEMA, Onderdrukkingen.SCHEMA, Standen.SCHEMA, Antwoorden.SCHEMA);
    }

    @Override
    public List<EventHandler> syncEvents() {
        return List.of(new AntwoordHandler(peilingen, clock), new OnderdruktHandler(peilingen, clock));
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(
                new ContentSection("peilingen", k -> kiosk.voor(k.wijk())),
                new ContentSection("vraagVanDeWeek", k -> kiosk.vraagVanDeWeek(k.wijk())),
                new ContentSection("peilinguitslagen", k -> uitslagenIn(k.wijk())));
    }

    /**
     * Per poll asked in {@code wijk}: per option the figures published for the wijk, so the kiosk shows what the open
     * data shows and nothing a neighbour could diff.
     */
    private Map<String, Map<Integer, Long>> uitslagenIn(String wijk) {
        Map<String, Map<Integer, Long>> result = new TreeMap<>();
        for (Peiling p : peilingen.askedIn(wijk)) {
            long[] getoond = publication.stand(p).getoondPerOptie(p.opties().size(), wijk);
            Map<Integer, Long> perOptie = new TreeMap<>();
            for (int i = 0; i < getoond.length; i++) {
                perOptie.put(i + 1, getoond[i]);
            }
            result.put(p.id(), perOptie);
        }
        return result;
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(beheer.inhoud());
    }

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec(
                        "peilingresultaten",
                        "Uitslagen van peilingen",
                        "Hoeveel bewoners welk antwoord gaven op de peilingen in de buurthuizen, per wijk, kiosk, kanaal "
                                + "(scherm of knop) en publicatieperiode, met per wijk en periode de totalen (data set "
                                + "peilingtotalen) en de stand over alle periodes per peiling (peilingstand) en per wijk "
                                + "(peilingstandperwijk), als W3C Data Cube. Een periode wordt gepubliceerd als hij "
                                + "voorbij is. "
                                + "Aantallen onder de drempel zijn onderdrukt, net als cellen die ze via een som zouden "
                                + "verraden (sdmx-attribute:confStatus C en D).",
                        List.of("peiling", "participatie", "wijk"),
                        List.of("peiling/", "def/peilingresultaten"),
                        true)
                .metTabel(PeilingTabel.tabel()));
    }

    @Override
    public Map<String, HtmlView> htmlViews() {
        return Map.of("peiling", pages::view);
    }

    @Override
    public void open() {
        publication.publishAll();
        beheer.publishWithdrawn();
    }

    @Override
    public void routes(JavalinConfig cfg) {
        pages.install(cfg);
    }

    @Override
    public void start() {
        afsluiting.start();
    }

    @Override
    public void close() {
        afsluiting.close();
    }
}
