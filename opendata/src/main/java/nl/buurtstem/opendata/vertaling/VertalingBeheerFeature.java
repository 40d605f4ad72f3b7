package nl.buurtstem.opendata.vertaling;

import io.javalin.config.JavalinConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.sync.ContentSection;

/**
 * The staff's side of translations: /beheer/vertalingen/, fed by what each feature has to translate; and what of it
 * the kiosks get (the same sources tell which translations are outdated).
 */
public final class VertalingBeheerFeature implements Feature {

    private final VertalingPaginas paginas;
    private final VertalingStore store;
    private final List<Vertaalitem.Bron> bronnen;

    public VertalingBeheerFeature(Core core, VertalingFeature vertaling, List<Vertaalitem.Bron> bronnen) {
        this.store = vertaling.store();
        this.bronnen = bronnen;
        this.paginas = new VertalingPaginas(
                core.staff().paginas(), core.staff().audit(), vertaling.store(), bronnen, core.json());
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection("vertalingen", kiosk -> {
            Map<String, Map<String, String>> nederlands = new HashMap<>();
            bronnen.forEach(bron -> bron.get().forEach(i -> nederlands.put(i.item(), i.velden())));
            return store.voorKiosk(nederlands);
        }));
    }
}
