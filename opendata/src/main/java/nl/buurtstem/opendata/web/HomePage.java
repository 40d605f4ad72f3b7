package nl.buurtstem.opendata.web;

import static nl.buurtstem.opendata.web.Html.escape;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;

/** The central node's front page: what is here and where a developer finds the data. */
public final class HomePage {

    private HomePage() {}

    /** @param root the node's base path ("/", or e.g. "/buurtstem/" behind a reverse proxy) every link starts with */
    public static void install(
            JavalinConfig cfg,
            PeilingStore peilingen,
            WijkStore wijken,
            String root,
            HomeFeature.Voorwaarden voorwaarden) {
        cfg.routes.get("/", ctx -> {
            StringBuilder body = new StringBuilder("""
                    <h1>Buurtstem</h1>
                    <p>Wat bewoners in de buurthuizen zeggen, en wat de gemeente met hun wijk van plan is: open voor iedereen.</p>
                    <h2>Peilingen</h2><ul>""");
            for (Peiling p : peilingen.all()) {
                body.append(item("/doc/peiling/" + p.id(), p.vraag(), p.demo() ? "voorbeeld" : null));
            }
            body.append("""
                    </ul>
                    <h2>Wijken</h2>
                    <p>Per wijk alles wat erover gepubliceerd is: plannen en wanneer u mee kunt praten, peilingen,
                    initiatieven, ideeën en het wijkbudget.</p><ul>""");
            for (Wijk w : wijken.all()) {
                body.append(item("/doc/wijk/" + w.code(), w.naam(), w.code()));
            }
            body.append("""
                    </ul>
                    <h2>Open data</h2>
                    <ul>
                    <li>SPARQL 1.1-endpoint: <a href="/sparql"><code>/sparql</code></a> (GET of POST, alleen lezen;
                    in de browser een querypagina met voorbeelden)</li>
                    <li>Catalogus (DCAT-AP-NL): <a href="/catalogus"><code>/catalogus</code></a>, alle datasets, downloads en het endpoint</li>
                    <li>Downloads per dataset (Turtle, N-Triples, JSON-LD, CSV): <a href="/dumps"><code>/dumps</code></a></li>
                    <li>Elke URI <code>/id/...</code> is op te vragen als HTML, Turtle, JSON-LD, RDF/XML of N-Triples;
                    eigen termen staan onder <a href="/def/"><code>/def/</code></a></li>
                    </ul>
                    <p>Licentie van alle data: <a rel="license" href=\"""")
                    .append(escape(voorwaarden.licentie()))
                    .append("\">")
                    .append(escape(voorwaarden.licentieNaam()))
                    .append("</a>.");
            if (voorwaarden.contactEmail() != null) {
                body.append(" Vragen over de data: <a href=\"mailto:")
                        .append(escape(voorwaarden.contactEmail()))
                        .append("\">")
                        .append(escape(voorwaarden.contactEmail()))
                        .append("</a>.");
            }
            body.append("""
                    </p>
                    <p><small><a href="/beheer/login">Inloggen voor medewerkers</a></small></p>""");
            ctx.html(Html.page("Buurtstem", body.toString(), root));
        });
    }

    /** A list item linking to a thing's page, with a small note in brackets after it (or none). */
    private static String item(String href, String text, String note) {
        return "<li><a href=\"" + escape(href) + "\">" + escape(text) + "</a>"
                + (note == null ? "" : " <small>(" + escape(note) + ")</small>") + "</li>";
    }
}
