package nl.buurtstem.opendata.lod;

import static nl.buurtstem.opendata.web.Html.escape;

import io.javalin.http.Context;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problems;

/**
 * An address of the public site that holds nothing, opened in a browser (a mistyped link, an old bookmark): a page in
 * plain Dutch with the ways on, instead of a JSON problem. Whether the client wants HTML is decided as for the pages
 * of things ({@link RdfFormat#choose}): programs keep the JSON problem; a withdrawn item keeps its own page with 410.
 */
public final class NietGevondenPagina implements Problems.Page {

    private final String root;

    /** @param root the node's base path ("/", or e.g. "/buurtstem/" behind a reverse proxy) */
    public NietGevondenPagina(String root) {
        this.root = root;
    }

    @Override
    public boolean wants(Context ctx, int status) {
        String method = ctx.method().name();
        return status == 404
                && (method.equals("GET") || method.equals("HEAD"))
                && RdfFormat.choose(ctx.header("Accept"), null) == RdfFormat.HTML
                && !ctx.path().startsWith(root + "api/");
    }

    @Override
    public void render(Context ctx, int status, String type, String detail) {
        String body = """
                <h1>Niet gevonden</h1>
                <p>Op dit adres staat niets: <code>%s</code>. Misschien is de link verkeerd overgenomen, of is het adres
                veranderd.</p>
                <p>Verder zoeken kan hier:</p>
                <ul>
                <li><a href="/">de voorpagina</a>, met de peilingen en de wijken;</li>
                <li><a href="/catalogus">de catalogus</a>, met alle datasets en downloads;</li>
                <li><a href="/sparql">het SPARQL-endpoint</a>, om zelf te zoeken in alle gegevens.</li>
                </ul>""".formatted(escape(ctx.path()));
        ctx.status(status).html(Html.page("Niet gevonden", body, root));
    }
}
