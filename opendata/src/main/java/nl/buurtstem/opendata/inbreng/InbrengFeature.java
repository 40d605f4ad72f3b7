package nl.buurtstem.opendata.inbreng;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.idee.Idee;
import nl.buurtstem.opendata.idee.IdeeStore;
import nl.buurtstem.opendata.sync.KioskAuthenticator;
import nl.buurtstem.opendata.web.Problem;

/**
 * "Mijn inbreng": a resident types the receipt code a kiosk gave her, on any kiosk, and reads what became of her
 * idea. Kiosks ask here by the code's SHA-256, signed as every kiosk request; the answer holds only what the resident
 * may read anyway: the status and the public answer.
 */
public final class InbrengFeature implements Feature {

    private final KioskAuthenticator kioskAuth;
    private final IdeeStore ideeen;

    public InbrengFeature(KioskAuthenticator kioskAuth, IdeeStore ideeen) {
        this.kioskAuth = kioskAuth;
        this.ideeen = ideeen;
    }

    @Override
    public void routes(JavalinConfig cfg) {
        cfg.routes.get("/api/sync/v1/inbreng/{bon}", this::zoek);
    }

    private void zoek(Context ctx) {
        kioskAuth.authenticate(ctx, new byte[0]);
        String bon = ctx.pathParam("bon");
        if (!bon.matches("[0-9a-f]{64}")) {
            throw Problem.badRequest("invalid-receipt", "a receipt is the SHA-256 of its code: 64 hex digits");
        }
        Idee idee = ideeen.metBon(bon)
                .orElseThrow(() -> Problem.notFound("no idea has this receipt (yet): it may still be on its way"));
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("soort", "idee");
        antwoord.put("status", idee.status().code());
        antwoord.put("antwoord", idee.antwoord());
        antwoord.put("ontvangen", idee.ontvangen().toString());
        ctx.json(antwoord);
    }
}
