package nl.buurtstem.opendata.wijk;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.voorbeeld.KioskVoorbeeld;
import nl.buurtstem.opendata.voorbeeld.VoorbeeldScherm;
import nl.buurtstem.opendata.web.Problem;

/**
 * "Voorbeeld op de kiosk" for a wijk: the kiosk's own "Plannen" screen as a kiosk in the wijk shows it, with the wijk's
 * name, its outline picked out on the wijk map, and its gebiedsagenda below the plans. A wijk has no draft: what staff saved is what the kiosks get.
 */
final class WijkVoorbeeld {

    private final WijkStore wijken;
    private final WijkkaartStore kaart;
    private final Function<String, List<?>> plannenIn;
    private final Gebiedsagenda.Store agendas;
    private final KioskVoorbeeld kiosk;

    /** @param plannenIn the plans published for a wijk, as its kiosks get them */
    WijkVoorbeeld(
            StaffPaginas paginas,
            WijkStore wijken,
            WijkkaartStore kaart,
            Function<String, List<?>> plannenIn,
            Gebiedsagenda.Store agendas) {
        this.wijken = wijken;
        this.kaart = kaart;
        this.plannenIn = plannenIn;
        this.agendas = agendas;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(
                cfg,
                "wijk",
                Rol.PUBLISHER,
                "/beheer/wijken/{id}",
                this::scherm,
                (code, pad) -> "plannen".equals(pad) ? opKiosk(wijk(code)) : null);
    }

    private VoorbeeldScherm scherm(String code) {
        Wijk w = wijk(code);
        return new VoorbeeldScherm(
                w.naam(), "/beheer/wijken/" + w.code(), KioskVoorbeeld.pad("wijk", w.code(), "plannen", null));
    }

    /**
     * What the kiosk's api/plannen answers (kiosk PlanRoutes) in this wijk: the wijk, its plans, the wijk map and its
     * gebiedsagenda.
     */
    private Map<String, Object> opKiosk(Wijk w) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("wijk", w);
        body.put("plannen", plannenIn.apply(w.code()));
        body.put("wijkkaart", kaart.current().orElse(null));
        body.put("gebiedsagenda", agendas.van(w.code()).orElse(null));
        return body;
    }

    private Wijk wijk(String code) {
        return wijken.find(code).orElseThrow(() -> Problem.notFound("Er is geen wijk " + code + "."));
    }
}
