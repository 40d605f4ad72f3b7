package nl.buurtstem.opendata.peiling;

import static nl.buurtstem.opendata.web.Html.escape;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.web.Html;
import org.apache.jena.rdf.model.Model;

/** Public pages: every poll, and each poll's results. */
public final class PeilingPages {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));

    private final PeilingStore peilingen;
    private final PeilingPublication publication;
    private final Publicatieperiode periode;
    private final int drempel;

    PeilingPages(PeilingStore peilingen, PeilingPublication publication, Publicatieperiode periode, int drempel) {
        this.peilingen = peilingen;
        this.publication = publication;
        this.periode = periode;
        this.drempel = drempel;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/peilingen", this::list);
    }

    /**
     * The HTML view of /doc/peiling/{id} (the linked-data document answers the other formats): the poll's
     * results in words and bars. Null for the poll's parts (its answer options), which get the generic page.
     */
    public String view(String iri, Model description) {
        String marker = "/id/peiling/";
        String ref = iri.substring(iri.indexOf(marker) + marker.length());
        if (ref.contains("/")) {
            return null;
        }
        return peilingen
                .find(URLDecoder.decode(ref, StandardCharsets.UTF_8))
                .map(this::resultsBody)
                .orElse(null);
    }

    private void list(Context ctx) {
        StringBuilder body = new StringBuilder("<h1>Peilingen</h1><ul>");
        for (Peiling p : peilingen.all()) {
            body.append("<li><a href=\"/doc/peiling/")
                    .append(escape(p.id()))
                    .append("\">")
                    .append(escape(p.vraag()))
                    .append("</a>")
                    .append(p.demo() ? " <small>(voorbeeld)</small>" : "")
                    .append("</li>");
        }
        ctx.html(Html.page("Peilingen", body.append("</ul>").toString()));
    }

    /** The same protected figures as the Data Cube: the sum of the shown totals, never a live count. */
    private String resultsBody(Peiling p) {
        GetoondeStand uitslag = publication.stand(p);
        long[] totals = uitslag.getoondPerOptie(p.opties().size(), null);
        long sum = 0;
        for (long t : totals) {
            sum += t;
        }
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(p.vraag())).append("</h1>");
        if (p.demo()) {
            body.append("<p class=\"demo\">Voorbeeldgegevens: dit is geen echte peiling.</p>");
        }
        body.append("<p>")
                .append(sum)
                .append(sum == 1 ? " antwoord" : " antwoorden")
                .append(" gepubliceerd")
                .append(uitslag.laatstePeriode()
                        .map(begin ->
                                ", tot " + MOMENT.format(periode.einde(begin).atZone(Gemeentetijd.ZONE)))
                        .orElse(""))
                .append(".</p>");
        body.append(
                "<table class=\"uitslag\"><thead><tr><th>Antwoord</th><th>Aantal</th><th></th></tr></thead><tbody>");
        for (int i = 0; i < totals.length; i++) {
            long pct = sum == 0 ? 0 : Math.round(100.0 * totals[i] / sum);
            body.append("<tr><td>")
                    .append(escape(p.opties().get(i)))
                    .append("</td><td>")
                    .append(totals[i])
                    // A meter, not a styled span: the content security policy allows no inline styles.
                    .append("</td><td><meter class=\"balk\" min=\"0\" max=\"100\" value=\"")
                    .append(pct)
                    .append("\"></meter> ")
                    .append(pct)
                    .append("%</td></tr>");
        }
        body.append("</tbody></table>");
        body.append("<p>").append(uitleg(uitslag.verborgenTotalen(null))).append("</p>");
        body.append(
                "<p>Alle uitslagen als open data: <a href=\"/doc/dataset/peilingresultaten\">dataset peilingresultaten</a>.</p>");
        return body.toString();
    }

    private String uitleg(long verborgen) {
        String wanneer = periode.demo()
                ? "Demo: de uitslag wordt elke " + periode.lengte().toSeconds() + " seconden bijgewerkt, "
                        + "met de antwoorden van de periode die dan voorbij is."
                : "De uitslag wordt bijgewerkt als een periode van "
                        + periode.lengte().toDays()
                        + (periode.lengte().toDays() == 1 ? " dag" : " dagen")
                        + " voorbij is (om middernacht), nooit direct na een antwoord.";
        if (verborgen == 0) {
            return wanneer;
        }
        return wanneer + " Om niemands antwoord te verraden tonen we aantallen kleiner dan " + drempel
                + " niet, en soms ook een groter aantal dat ze via een optelling zou verraden (" + verborgen
                + (verborgen == 1 ? " aantal" : " aantallen") + " niet getoond).";
    }
}
