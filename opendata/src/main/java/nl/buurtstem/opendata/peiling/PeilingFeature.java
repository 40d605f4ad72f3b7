package nl.buurtstem.opendata.peiling;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
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
 * published as a W3C Data Cube (dataset "peilingresultaten") with small counts suppressed.
 */
public final class PeilingFeature implements Feature {

    private final PeilingStore peilingen;
    private final PeilingPublication publication;
    private final PeilingBeheer beheer;
    private final PeilingPages pages;
    private final WijkUitslagen uitslagen;
    private final KioskPeilingen kiosk;

    /** @param privacyThreshold published counts below this are suppressed */
    public PeilingFeature(Core core, int privacyThreshold) {
        this.peilingen = new PeilingStore(core.db(), core.json());
        Antwoorden antwoorden = new Antwoorden(core.db());
        PeilingCube cube = new PeilingCube(core.iris(), privacyThreshold);
        this.publication = new PeilingPublication(peilingen, antwoorden, cube, core.publisher());
        this.beheer = new PeilingBeheer(
                peilingen, publication, cube, core.publisher(), core.staff().lifecycle(), core.json(), core.iris());
        this.pages = new PeilingPages(peilingen, antwoorden);
        this.uitslagen = new WijkUitslagen(core.db());
        this.kiosk = new KioskPeilingen(peilingen, core.clock());
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
        return List.of(PeilingStore.SCHEMA, Onderdrukkingen.SCHEMA);
    }

    @Override
    public List<EventHandler> syncEvents() {
        return List.of(new AntwoordHandler(peilingen, publication), new OnderdruktHandler(peilingen, publication));
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(
                new ContentSection("peilingen", k -> kiosk.voor(k.wijk())),
                new ContentSection("vraagVanDeWeek", k -> kiosk.vraagVanDeWeek(k.wijk())),
                new ContentSection("uitslagenElders", kiosk -> uitslagen.elders(kiosk.wijk(), kiosk.id())));
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
                        + "(scherm of knop) en dag, als W3C Data Cube. Aantallen onder de drempel zijn onderdrukt.",
                List.of("peiling", "participatie", "wijk"),
                List.of("peiling/", "def/peilingresultaten"),
                true));
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
}
