package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The query page a browser gets at /sparql: a text area, a result format and example queries, served
 * from the classpath (no CDN), with this node's own IRIs filled in.
 */
public final class QueryPage {

    private final String html;

    public QueryPage(Iris iris) {
        try (InputStream in = QueryPage.class.getResourceAsStream("/sparql-ui/query.html")) {
            if (in == null) {
                throw new IllegalStateException("the query page is missing from the classpath (/sparql-ui/query.html)");
            }
            this.html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", iris.base());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query page", e);
        }
    }

    public String html() {
        return html;
    }
}
