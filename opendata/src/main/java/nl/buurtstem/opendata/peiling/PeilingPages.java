package nl.buurtstem.opendata.peiling;

import static nl.buurtstem.opendata.web.Html.escape;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problem;

/** Public pages: every poll, and each poll's results. */
public final class PeilingPages {

    private final PeilingStore peilingen;
    private final Antwoorden antwoorden;

    public PeilingPages(PeilingStore peilingen, Antwoorden antwoorden) {
        this.peilingen = peilingen;
        this.antwoorden = antwoorden;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/peilingen", this::list);
        cfg.routes.get("/id/peiling/{id}", ctx -> ctx.redirect("/doc/peiling/" + ctx.pathParam("id"), io.javalin.http.HttpStatus.SEE_OTHER));
        cfg.routes.get("/doc/peiling/{id}", this::results);
    }

    private void list(Context ctx) {
        StringBuilder body = new StringBuilder("<h1>Peilingen</h1><ul>");
        for (Peiling p : peilingen.all()) {
            body.append("<li><a href=\"/doc/peiling/").append(escape(p.id())).append("\">").append(escape(p.vraag()))
                    .append("</a>").append(p.demo() ? " <small>(voorbeeld)</small>" : "").append("</li>");
        }
        ctx.html(Html.page("Peilingen", body.append("</ul>").toString()));
    }

    private void results(Context ctx) {
        Peiling p = peilingen.find(ctx.pathParam("id"))
                .orElseThrow(() -> Problem.notFound("Er is geen peiling " + ctx.pathParam("id") + "."));
        long[] totals = antwoorden.totaalPerOptie(p);
        long sum = 0;
        for (long t : totals) {
            sum += t;
        }
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(p.vraag())).append("</h1>");
        if (p.demo()) {
            body.append("<p class=\"demo\">Voorbeeldgegevens: dit is geen echte peiling.</p>");
        }
        body.append("<p>").append(sum).append(sum == 1 ? " antwoord" : " antwoorden").append(" geteld.</p>");
        body.append("<table class=\"uitslag\"><thead><tr><th>Antwoord</th><th>Aantal</th><th></th></tr></thead><tbody>");
        for (int i = 0; i < totals.length; i++) {
            long pct = sum == 0 ? 0 : Math.round(100.0 * totals[i] / sum);
            body.append("<tr><td>").append(escape(p.opties().get(i))).append("</td><td>").append(totals[i])
                    .append("</td><td><span class=\"balk\" style=\"width:").append(pct).append("%\"></span> ")
                    .append(pct).append("%</td></tr>");
        }
        body.append("</tbody></table>");
        body.append("<p>Open data: <a href=\"/sparql\">SPARQL</a>, dataset <code>")
                .append(escape(ctx.scheme())).append("://").append(escape(ctx.host())).append("/id/dataset/peilingresultaten</code>.</p>");
        ctx.html(Html.page(p.vraag(), body.toString()));
    }
}
