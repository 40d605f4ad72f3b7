package nl.buurtstem.opendata.wijk;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Function;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.vertaling.Vertaalitem;

/**
 * The staff's side of wijken: names, outlines for the kiosk's map, and each wijk's gebiedsagenda (which translators
 * translate like other content).
 */
public final class WijkBeheerFeature implements Feature {

    private final WijkPaginas paginas;
    private final Gebiedsagenda.Store agendas;
    private final WijkVoorbeeld voorbeeld;
    private final WijkFeature wijk;
    private final Wijknamen namen;

    /** @param plannenIn the plans published for a wijk, for the preview of its kiosk screen */
    public WijkBeheerFeature(Core core, WijkFeature wijk, Function<String, List<?>> plannenIn) {
        this.wijk = wijk;
        this.agendas = wijk.agendas();
        this.namen = new Wijknamen(wijk.wijken());
        this.paginas = new WijkPaginas(
                core.staff().paginas(),
                core.staff().audit(),
                wijk.wijken(),
                wijk.kaart(),
                wijk.grenzen(),
                agendas,
                wijk::gewijzigd);
        this.voorbeeld = new WijkVoorbeeld(core.staff().paginas(), wijk.wijken(), wijk.kaart(), plannenIn, agendas);
    }

    /** What residents read of each wijk's gebiedsagenda: its goals and tasks, one field each. */
    public Vertaalitem.Bron vertaalbaar() {
        return new Vertaalitem.Bron() {
            @Override
            public List<Vertaalitem> get() {
                return agendas.alle().stream()
                        .filter(a -> !a.leeg())
                        .map(a -> new Vertaalitem(a.item(), "Gebiedsagenda", namen.naam(a.wijk()), a.velden()))
                        .toList();
            }

            @Override
            public void vertaald(String item) {
                Gebiedsagenda.wijkVan(item).ifPresent(wijk::gewijzigd);
            }
        };
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection("gebiedsagenda", kiosk -> agendas.van(kiosk.wijk())));
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
        voorbeeld.install(cfg);
    }
}
