package nl.buurtstem.opendata.vertaling;

import io.javalin.config.JavalinConfig;
import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;

/** The staff's side of translations: /beheer/vertalingen/, fed by what each feature has to translate. */
public final class VertalingBeheerFeature implements Feature {

    private final VertalingPaginas paginas;

    public VertalingBeheerFeature(Core core, VertalingFeature vertaling, List<Vertaalitem.Bron> bronnen) {
        this.paginas = new VertalingPaginas(
                core.staff().paginas(), core.staff().audit(), vertaling.store(), bronnen, core.json());
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
    }
}
