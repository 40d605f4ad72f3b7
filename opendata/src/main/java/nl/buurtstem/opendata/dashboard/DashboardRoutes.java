package nl.buurtstem.opendata.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.actie.ActieSoort;
import nl.buurtstem.opendata.actie.Acties;
import nl.buurtstem.opendata.actie.KioskActie;
import nl.buurtstem.opendata.actie.Screenshots;
import nl.buurtstem.opendata.alarm.Alarm;
import nl.buurtstem.opendata.alarm.AlarmStore;
import nl.buurtstem.opendata.hartslag.FleetOverview;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;
import nl.buurtstem.opendata.hartslag.Trends;
import nl.buurtstem.opendata.kiosk.Gebeurtenissen;
import nl.buurtstem.opendata.kiosk.KioskRechten;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opendata.wijk.WijkkaartStore;

/** The staff dashboard's API: the fleet, one kiosk's page, trends, remote actions, alert and audit logs. */
final class DashboardRoutes {

    private static final String PREFIX = "/api/beheer";
    private static final int MESSAGE_MAX = 280;

    private final ObjectMapper json;
    private final KioskRechten access;
    private final FleetOverview overview;
    private final WijkStore wijken;
    private final WijkkaartStore kaart;
    private final AlarmStore alerts;
    private final Acties acties;
    private final Screenshots screenshots;
    private final Gebeurtenissen gebeurtenissen;
    private final Audit audit;
    private final Trends trends;
    private final Clock clock;

    DashboardRoutes(
            ObjectMapper json,
            KioskRechten access,
            FleetOverview overview,
            WijkStore wijken,
            WijkkaartStore kaart,
            AlarmStore alerts,
            Acties acties,
            Screenshots screenshots,
            Gebeurtenissen gebeurtenissen,
            Audit audit,
            Trends trends,
            Clock clock) {
        this.json = json;
        this.access = access;
        this.overview = overview;
        this.wijken = wijken;
        this.kaart = kaart;
        this.alerts = alerts;
        this.acties = acties;
        this.screenshots = screenshots;
        this.gebeurtenissen = gebeurtenissen;
        this.audit = audit;
        this.trends = trends;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(PREFIX + "/kiosks", this::list);
        cfg.routes.get(PREFIX + "/kiosks/{id}", this::one);
        cfg.routes.get(PREFIX + "/kiosks/{id}/trend", ctx -> {
            access.require(ctx, KioskRechten.Recht.BEKIJKEN);
            ctx.json(trends.of(kiosk(ctx).kiosk().id()));
        });
        cfg.routes.post(PREFIX + "/kiosks/{id}/acties", this::act);
        cfg.routes.get(PREFIX + "/kiosks/{id}/schermafdruk", this::screenshot);
        cfg.routes.get(PREFIX + "/alarmen", ctx -> {
            access.require(ctx, KioskRechten.Recht.BEKIJKEN);
            ctx.json(alerts.recent(null, 200));
        });
    }

    private void list(Context ctx) {
        Medewerker wie = access.require(ctx, KioskRechten.Recht.BEKIJKEN);
        Map<String, String> wijkNamen = new HashMap<>();
        List<Map<String, Object>> wijkList = wijken.all().stream()
                .map(w -> {
                    wijkNamen.put(w.code(), w.naam());
                    return Map.<String, Object>of("code", w.code(), "naam", w.naam());
                })
                .toList();
        List<Alarm> open = alerts.open();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "medewerker",
                Map.of("naam", wie.weergavenaam(), "rol", wie.rol().naam()));
        body.put("nu", clock.instant().toString());
        body.put("wijken", wijkList);
        body.put("kaart", kaart.current().orElse(null));
        body.put(
                "kiosks",
                overview.all().stream()
                        .map(k -> DashboardView.kiosk(k, wijkNamen.get(k.kiosk().wijk()), open))
                        .toList());
        ctx.json(body);
    }

    private void one(Context ctx) {
        access.require(ctx, KioskRechten.Recht.BEKIJKEN);
        KioskOverzicht k = kiosk(ctx);
        String id = k.kiosk().id();
        Map<String, Object> body = DashboardView.kiosk(
                k, wijken.find(k.kiosk().wijk()).map(Wijk::naam).orElse(null), alerts.open());
        body.put("gebeurtenissen", gebeurtenissen.recent(id, 100));
        body.put("acties", acties.recent(id, 20));
        body.put("alertLog", alerts.recent(id, 50));
        body.put(
                "screenshot",
                screenshots
                        .latest(id)
                        .map(s -> Map.of("at", s.at().toString(), "actie", s.actieId()))
                        .orElse(null));
        ctx.json(body);
    }

    private record ActionRequest(String type, String text, Integer seconds) {}

    private void act(Context ctx) throws IOException {
        access.require(ctx, KioskRechten.Recht.BEKIJKEN);
        KioskOverzicht k = kiosk(ctx);
        ActionRequest request = JsonBody.read(json, ctx, ActionRequest.class);
        ActieSoort soort = ActieSoort.of(request.type())
                .orElseThrow(() -> Problem.badRequest(
                        "unknown-action",
                        "type must be one of "
                                + Arrays.stream(ActieSoort.values())
                                        .map(ActieSoort::code)
                                        .toList() + "."));
        Medewerker wie = access.require(ctx, KioskRechten.needed(soort));
        if (k.status() == KioskStatus.INGETROKKEN) {
            throw new Problem(409, "kiosk-revoked", "This kiosk is revoked; it no longer takes actions.");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (soort == ActieSoort.SHOW_MESSAGE) {
            String text = request.text() == null ? "" : request.text().strip();
            if (text.isEmpty() || text.length() > MESSAGE_MAX) {
                throw Problem.badRequest(
                        "invalid-message", "text is required, at most " + MESSAGE_MAX + " characters.");
            }
            int seconds = request.seconds() == null ? 300 : request.seconds();
            if (seconds < 5 || seconds > 86_400) {
                throw Problem.badRequest("invalid-message", "seconds must be between 5 and 86400.");
            }
            params.put("text", text);
            params.put("seconds", seconds);
        }
        KioskActie actie = acties.ask(k.kiosk().id(), soort, params, wie.weergavenaam(), clock.instant());
        audit.record(
                wie,
                soort.woorden() + (params.isEmpty() ? "" : " " + params),
                "kiosk",
                k.kiosk().id(),
                null);
        gebeurtenissen.note(
                k.kiosk().id(), clock.instant(), "Gevraagd door " + wie.weergavenaam() + ": " + soort.woorden());
        ctx.status(202).json(Map.of("id", actie.id(), "type", soort.code(), "status", "waits for the next heartbeat"));
    }

    private void screenshot(Context ctx) {
        access.require(ctx, KioskRechten.Recht.BEKIJKEN);
        Screenshots.Screenshot shot = screenshots
                .latest(kiosk(ctx).kiosk().id())
                .orElseThrow(() -> Problem.notFound("No screenshot of this kiosk yet; ask for one first."));
        ctx.header("Cache-Control", "no-store")
                .header("Last-Modified", shot.at().toString());
        ctx.contentType("image/png").result(shot.png());
    }

    private KioskOverzicht kiosk(Context ctx) {
        String id = ctx.pathParam("id");
        return overview.one(id).orElseThrow(() -> Problem.notFound("No kiosk " + id + "."));
    }
}
