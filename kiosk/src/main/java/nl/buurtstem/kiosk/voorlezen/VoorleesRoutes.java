package nl.buurtstem.kiosk.voorlezen;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.buurtstem.kiosk.web.Problem;

/** 'Lees voor': {@code GET /api/voorlezen?taal=nl&tekst=...} answers the spoken text as audio/wav. */
public final class VoorleesRoutes {

    private final Voorlezer voorlezer;

    public VoorleesRoutes(Voorlezer voorlezer) {
        this.voorlezer = voorlezer;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/voorlezen", this::voorlezen);
    }

    private void voorlezen(Context ctx) throws Exception {
        String taal = ctx.queryParam("taal");
        String tekst = ctx.queryParam("tekst");
        if (taal == null || !Voorlezer.spreekt(taal)) {
            throw new Problem(400, "unknown-language", "taal must be one of nl, en, tr, ar, pl, uk.");
        }
        if (tekst == null || tekst.isBlank() || tekst.length() > Voorlezer.MAX_TEKST) {
            throw new Problem(400, "invalid-text", "tekst must be 1 to " + Voorlezer.MAX_TEKST + " characters.");
        }
        Optional<Path> wav = voorlezer.wav(taal, tekst);
        if (wav.isEmpty()) {
            throw new Problem(
                    503,
                    "speech-unavailable",
                    "This kiosk cannot read aloud right now (espeak-ng is missing or failed).");
        }
        ctx.header("Cache-Control", "max-age=86400").contentType("audio/wav").result(Files.readAllBytes(wav.get()));
    }
}
