package nl.buurtstem.opendata.plan;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.voorbeeld.KioskVoorbeeld;
import nl.buurtstem.opendata.voorbeeld.VoorbeeldScherm;
import nl.buurtstem.opendata.voorbeeld.Werkversie;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opendata.wijk.WijkkaartStore;

/**
 * "Voorbeeld op de kiosk" for a plan: the kiosk's own page, opened on the plan's screen, with the plan as staff are
 * writing it (the draft, else the published version) among the plans published for its wijk, as a kiosk there gets
 * them in its content feed (wijk, plans, wijk map).
 */
final class PlanVoorbeeld {

    private final Redactie redactie;
    private final Inhoud<Plan> inhoud;
    private final PlanStore plannen;
    private final WijkStore wijken;
    private final WijkkaartStore kaart;
    private final KioskVoorbeeld kiosk;

    PlanVoorbeeld(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<Plan> inhoud,
            PlanStore plannen,
            WijkStore wijken,
            WijkkaartStore kaart) {
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.plannen = plannen;
        this.wijken = wijken;
        this.kaart = kaart;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(
                cfg,
                "plan",
                Rol.EDITOR,
                "/beheer/plannen/{id}",
                this::scherm,
                (id, pad) -> "plannen".equals(pad) ? opKiosk(werkversie(id)) : null);
    }

    private VoorbeeldScherm scherm(String id) {
        Plan p = werkversie(id);
        return new VoorbeeldScherm(
                p.titel(), "/beheer/plannen/" + p.id(), KioskVoorbeeld.pad("plan", p.id(), "plan", p.id()));
    }

    /** What the kiosk's api/plannen answers (kiosk PlanRoutes): its wijk, the plans there and the wijk map. */
    private Map<String, Object> opKiosk(Plan p) {
        String wijk = p.wijk() != null
                ? p.wijk()
                : wijken.all().stream().map(Wijk::code).findFirst().orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("wijk", wijk == null ? null : wijken.find(wijk).orElse(null));
        body.put("plannen", Werkversie.tussen(wijk == null ? List.of() : plannen.inWijk(wijk), p, Plan::id));
        body.put("wijkkaart", kaart.current().orElse(null));
        return body;
    }

    private Plan werkversie(String id) {
        return Werkversie.van(redactie, inhoud, id, "plan");
    }
}
