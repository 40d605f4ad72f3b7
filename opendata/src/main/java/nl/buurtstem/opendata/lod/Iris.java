package nl.buurtstem.opendata.lod;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Mints URIs after the Dutch URI strategy (NL-URI): {@code /id/} for things, {@code /doc/} for documents
 * about them, {@code /def/} for our own vocabulary, {@code /graph/} for named graphs.
 */
public final class Iris {

    private final String base;

    /** @param base the public address of the central node, e.g. https://buurtstem.zwolle.nl/ */
    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /**
     * The path of the base, "/" or e.g. "/buurtstem/" behind a reverse proxy that serves the node below a path:
     * every link, redirect and fetch the node hands out starts with it, so none leaves the node's own part of the
     * site.
     */
    public String basePath() {
        String path = URI.create(base).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The path a browser follows to {@code relative} (e.g. "doc/plan/x"), below {@link #basePath()}. */
    public String path(String relative) {
        return basePath() + (relative.startsWith("/") ? relative.substring(1) : relative);
    }

    /** The path to a published IRI of ours, or the IRI itself when it is not ours. */
    public String href(String iri) {
        return iri.startsWith(base) ? path(iri.substring(base.length())) : iri;
    }

    public String id(String type, String... path) {
        return base + "id/" + type + "/" + join(path);
    }

    public String doc(String type, String... path) {
        return base + "doc/" + type + "/" + join(path);
    }

    /** A term of our own vocabulary, used only where no standard vocabulary has one. */
    public String def(String term) {
        return base + "def/" + term;
    }

    /** A named graph; without a path, the prefix every named graph starts with. */
    public String graph(String... path) {
        return base + "graph/" + join(path);
    }

    private static String join(String... path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
