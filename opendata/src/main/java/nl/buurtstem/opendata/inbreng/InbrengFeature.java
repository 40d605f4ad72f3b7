package nl.buurtstem.opendata.inbreng;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.idee.Idee;
import nl.buurtstem.opendata.idee.IdeeStore;
import nl.buurtstem.opendata.sync.KioskAuthenticator;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijkbudget.Stembonnen;
import nl.buurtstem.opendata.wijkbudget.Wijkbudget;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetStore;

/**
 * "Mijn inbreng": a resident types the receipt code a kiosk gave her, on any kiosk, and reads what became of her
 * idea or her wijkbudget ballot. Kiosks ask here by the code's SHA-256, signed as every kiosk request; the answer
 * holds only what the resident may read anyway: an idea's status and public answer (with its translations); for a ballot, whether it is in
 * the count of which wijkbudget and whether that count is final, never what was chosen (nothing here knows it).
 */
public final class InbrengFeature implements Feature {

    private final KioskAuthenticator kioskAuth;
    private final IdeeStore ideeen;
    private final VertalingStore vertalingen;
    private final Stembonnen stembonnen;
    private final WijkbudgetStore wijkbudgetten;
    private final Clock clock;

    public InbrengFeature(
            KioskAuthenticator kioskAuth,
            IdeeStore ideeen,
            VertalingStore vertalingen,
            Stembonnen stembonnen,
            WijkbudgetStore wijkbudgetten,
            Clock clock) {
        this.kioskAuth = kioskAuth;
        this.ideeen = ideeen;
        this.vertalingen = vertalingen;
        this.stembonnen = stembonnen;
        this.wijkbudgetten = wijkbudgetten;
        this.clock = clock;
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
        Optional<Idee> idee = ideeen.metBon(bon);
        if (idee.isPresent()) {
            ctx.json(idee(idee.get()));
            return;
        }
        Stembonnen.Bon stem = stembonnen
                .zoek(bon)
                .orElseThrow(() -> Problem.notFound("nothing has this receipt (yet): it may still be on its way"));
        ctx.json(stem(stem));
    }

    private Map<String, Object> idee(Idee idee) {
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("soort", "idee");
        antwoord.put("status", idee.status().code());
        antwoord.put("antwoord", idee.antwoord());
        antwoord.put("ontvangen", idee.ontvangen().toString());
        // The answer in each language staff translated it into: the kiosk shows hers, or the Dutch and says so.
        Map<String, String> vertaald = new TreeMap<>();
        if (idee.antwoord() != null) {
            vertalingen.van("idee/" + idee.openbaarId()).forEach((taal, velden) -> {
                String tekst = velden.get("antwoord");
                if (tekst != null && !tekst.isBlank()) {
                    vertaald.put(taal, tekst);
                }
            });
        }
        antwoord.put("vertalingen", vertaald);
        return antwoord;
    }

    private Map<String, Object> stem(Stembonnen.Bon bon) {
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("soort", "stembiljet");
        antwoord.put("status", bon.geteld() ? "geteld" : "niet-geteld");
        Optional<Wijkbudget> w = wijkbudgetten.find(bon.wijkbudget());
        antwoord.put("wijkbudget", w.map(Wijkbudget::titel).orElse(null));
        antwoord.put("definitief", w.map(x -> x.isGesloten(clock.instant())).orElse(false));
        return antwoord;
    }
}
