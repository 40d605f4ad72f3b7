package nl.buurtstem.kiosk.voorlezen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.web.JsonBody;
import nl.buurtstem.kiosk.web.Problem;

/**
 * 'Lees voor': {@code POST /api/voorlezen} with {@code {"delen": [{"taal": "ar", "tekst": ...}, ...]}} answers the
 * screen spoken as one audio/wav, each part by its language's voice; {@code GET /api/voorlezen?taal=nl&tekst=...}
 * speaks one part. Only words that are on the kiosk's screens are spoken.
 */
public final class VoorleesRoutes {

    private final Voorlezer voorlezer;
    private final Spreekbaar spreekbaar;
    private final ObjectMapper json;

    public VoorleesRoutes(Voorlezer voorlezer, LocalContent content, ObjectMapper json) {
        this.voorlezer = voorlezer;
        this.spreekbaar = new Spreekbaar(content::current, json);
        this.json = json;
    }

    private record Verzoek(List<Deel> delen) {}

    public void install(JavalinConfig cfg) {
        cfg.routes.get(
                "/api/voorlezen",
                ctx -> spreek(ctx, List.of(new Deel(ctx.queryParam("taal"), ctx.queryParam("tekst")))));
        cfg.routes.post(
                "/api/voorlezen",
                ctx -> spreek(ctx, JsonBody.read(ctx, json, Verzoek.class).delen()));
    }

    private void spreek(Context ctx, List<Deel> delen) throws Exception {
        try {
            Voorlezer.check(delen);
        } catch (IllegalArgumentException e) {
            throw new Problem(
                    400,
                    "invalid-text",
                    "Send 1 to " + Voorlezer.MAX_DELEN + " parts, each with taal (nl, en, tr, ar, pl, uk) and tekst of"
                            + " 1 to " + Voorlezer.MAX_TEKST + " characters, " + Voorlezer.MAX_TOTAAL
                            + " in all.");
        }
        for (Deel deel : delen) {
            if (!spreekbaar.opHetScherm(deel.tekst())) {
                throw new Problem(400, "not-on-screen", "The kiosk reads aloud only what is on its screens.");
            }
        }
        Optional<Path> wav = voorlezer.wav(delen);
        if (wav.isEmpty()) {
            throw new Problem(
                    503,
                    "speech-unavailable",
                    "This kiosk cannot read aloud right now (espeak-ng is missing or failed).");
        }
        ctx.header("Cache-Control", "max-age=86400")
                .header("Content-Length", Long.toString(Files.size(wav.get())))
                .contentType("audio/wav")
                .result(Files.newInputStream(wav.get()));
    }
}
