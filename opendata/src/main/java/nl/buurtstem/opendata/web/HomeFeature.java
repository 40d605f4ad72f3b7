package nl.buurtstem.opendata.web;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.wijk.WijkStore;

/** The central node's front page: what is here and where a developer finds the data. */
public final class HomeFeature implements Feature {

    /**
     * What a reuser needs to know before using the data.
     *
     * @param licentie     the licence's IRI
     * @param licentieNaam its name
     * @param contactEmail where questions about the data go, or null
     */
    public record Voorwaarden(String licentie, String licentieNaam, String contactEmail) {}

    private final PeilingStore peilingen;
    private final WijkStore wijken;
    private final String basePath;
    private final Voorwaarden voorwaarden;

    /** @param basePath the path of the node's base URI, e.g. "/" or "/buurtstem/" behind a proxy */
    public HomeFeature(PeilingStore peilingen, WijkStore wijken, String basePath, Voorwaarden voorwaarden) {
        this.peilingen = peilingen;
        this.wijken = wijken;
        this.basePath = basePath;
        this.voorwaarden = voorwaarden;
    }

    @Override
    public void routes(JavalinConfig cfg) {
        HomePage.install(cfg, peilingen, wijken, basePath, voorwaarden);
    }
}
