package nl.buurtstem.opendata.web;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.peiling.PeilingStore;

/** The central node's front page: what is here and where a developer finds the data. */
public final class HomeFeature implements Feature {

    private final PeilingStore peilingen;
    private final String basePath;

    /** @param basePath the path of the node's base URI, e.g. "/" or "/buurtstem/" behind a proxy */
    public HomeFeature(PeilingStore peilingen, String basePath) {
        this.peilingen = peilingen;
        this.basePath = basePath;
    }

    @Override
    public void routes(JavalinConfig cfg) {
        HomePage.install(cfg, peilingen, basePath);
    }
}
