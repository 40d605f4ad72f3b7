package nl.buurtstem.kiosk.host;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.hardware.HealthProbe;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.Lamp;
import nl.buurtstem.hardware.PanelState;
import nl.buurtstem.kiosk.web.Pogingen;
import nl.buurtstem.kiosk.web.Problem;

/**
 * The hardware check screen of the host mode (PIN protected): each button shown as it is pressed, each lamp
 * blinked on request, the presence sensor and the screen, the computer's health. What a buurthuis volunteer
 * needs to check the wiring. The page itself is /host/controle.html; it asks for the PIN first.
 */
final class HardwareCheckRoutes {

    static final String COOKIE = "buurtstem-host";

    private final KioskPanel panel;
    private final HostPin pin;
    private final HealthProbe health;
    private final boolean simulated;
    private final PartLog log = new PartLog();

    HardwareCheckRoutes(KioskPanel panel, HostPin pin, HealthProbe health, boolean simulated) {
        this.panel = panel;
        this.pin = pin;
        this.health = health;
        this.simulated = simulated;
        panel.addListener(log);
    }

    void install(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/host";
            files.directory = "/host-ui";
            files.location = Location.CLASSPATH;
        });
        // The host types the kiosk's address and /host: the check is the page there, not a "not found".
        cfg.routes.get("/host", ctx -> ctx.redirect("/host/controle.html"));
        cfg.routes.get("/host/", ctx -> ctx.redirect("/host/controle.html"));
        cfg.routes.post("/host/api/inloggen", this::login);
        cfg.routes.before("/host/api/controle*", this::requireSession);
        cfg.routes.get("/host/api/controle", this::check);
        cfg.routes.post("/host/api/controle/lampen/{kleur}", this::blink);
    }

    private record LoginRequest(String pin) {}

    private void login(Context ctx) {
        LoginRequest request;
        try {
            request = ctx.bodyAsClass(LoginRequest.class);
        } catch (RuntimeException e) {
            throw new Problem(400, "invalid-pin", "Send the PIN as {\"pin\": \"1234\"}.");
        }
        switch (pin.tryPin(request.pin(), Pogingen.sessie(ctx))) {
            case HostPin.Attempt.Opened opened -> {
                Cookie cookie = new Cookie(COOKIE, opened.session());
                cookie.setHttpOnly(true);
                cookie.setPath("/host");
                cookie.setSameSite(SameSite.STRICT);
                ctx.cookie(cookie);
                ctx.status(204);
            }
            case HostPin.Attempt.Wrong wrong ->
                throw new Problem(401, "wrong-pin", "Deze pincode klopt niet. Nog " + wrong.triesLeft() + " pogingen.");
            case HostPin.Attempt.Locked locked ->
                throw new Problem(
                        429,
                        "pin-locked",
                        "Te vaak een verkeerde pincode. Probeer het over "
                                + Math.max(1, locked.retryAfter().toSeconds()) + " seconden opnieuw.");
        }
    }

    private void requireSession(Context ctx) {
        if (!pin.valid(ctx.cookie(COOKIE))) {
            throw new Problem(401, "host-pin-required", "Voer eerst de pincode van de beheerder in.");
        }
    }

    private void check(Context ctx) {
        long after = ctx.queryParamAsClass("na", Long.class).getOrDefault(0L);
        PanelState state = panel.state();
        Map<String, Object> lampen = new LinkedHashMap<>();
        state.lamps().forEach((lamp, on) -> lampen.put(lamp.dutch(), on));
        Map<String, Object> onderdelen = new LinkedHashMap<>();
        onderdelen.put("antwoordknoppen", state.answerButtonsDown());
        onderdelen.put("hulpknop", state.helpButton() ? state.helpButtonDown() : "niet aangesloten");
        onderdelen.put("lampen", lampen);
        onderdelen.put("aanwezigheid", state.presenceSensor() ? state.someone() : "niet aangesloten");
        onderdelen.put("scherm", state.screen().name().toLowerCase(Locale.ROOT));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gesimuleerd", simulated);
        body.put("onderdelen", onderdelen);
        body.put("gebeurtenissen", log.since(after));
        body.put("gezondheid", health.read().asMap());
        ctx.json(body);
    }

    private void blink(Context ctx) {
        String kleur = ctx.pathParam("kleur");
        for (Lamp lamp : Lamp.values()) {
            if (lamp.dutch().equals(kleur)) {
                panel.blink(lamp);
                ctx.status(204);
                return;
            }
        }
        throw new Problem(404, "unknown-lamp", "Er is geen lamp " + kleur + "; kies groen, oranje of rood.");
    }
}
