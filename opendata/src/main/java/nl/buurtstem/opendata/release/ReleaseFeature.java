package nl.buurtstem.opendata.release;

import io.javalin.config.JavalinConfig;
import java.util.Optional;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;

/** Signed kiosk releases, published by IT into the data folder, that kiosks download and verify before installing. */
public final class ReleaseFeature implements Feature {

    private final ReleaseRoutes routes;

    public ReleaseFeature(Core core) {
        this.routes = new ReleaseRoutes(core.dataDir().resolve("releases"));
    }

    /** The public key releases are signed with, once a release was published; a boot card carries it. */
    public Optional<String> publicKey() {
        return routes.publicKey();
    }

    @Override
    public void routes(JavalinConfig cfg) {
        routes.install(cfg);
    }
}
