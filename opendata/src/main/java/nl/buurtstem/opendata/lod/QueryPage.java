package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.SecurityHeaders;

/**
 * The query page a browser gets at /sparql: YASGUI with the example queries, permalinks, downloads and a chart,
 * all served by the node itself (no CDN), with this node's own IRIs filled in and its links below its base path.
 */
public final class QueryPage {

    /** The example queries, each a file whose first line is its title and second line its result format. */
    public static final List<String> VOORBEELDEN = List.of(
            "1-plannen-in-mijn-wijk.rq",
            "2-peilingresultaten-per-wijk-en-kanaal.rq",
            "3-begroting-per-taakveld.rq",
            "4-evaluaties-van-initiatieven-uit-wijkbudget.rq",
            "5-alles-over-een-plan.rq");

    /** One example: title, query (with this node's IRIs) and the result format it reads best in. */
    public record Voorbeeld(String titel, String query, String formaat) {}

    /**
     * YASR's table column resizer (in the vendored YASGUI 4.6.2) adds one fixed style element; the content security
     * policy of this page allows exactly that one. Another bundle's style shows up as a violation in the browser test.
     */
    private static final String COLUMN_RESIZER_STYLE = "zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=";

    private final String html;

    public QueryPage(Iris iris) {
        StringBuilder js = new StringBuilder("[");
        for (Voorbeeld v : voorbeelden(iris)) {
            js.append(js.length() > 1 ? "," : "")
                    .append('[')
                    .append(string(v.titel()))
                    .append(',')
                    .append(string(v.query()))
                    .append(',')
                    .append(string(v.formaat()))
                    .append(']');
        }
        this.html = Html.underRoot(
                read("/sparql-ui/query.html")
                        .replace("{{EXAMPLES}}", js.append(']'))
                        .replace("{{BASE}}", iris.base()),
                iris.basePath());
    }

    public String html() {
        return html;
    }

    /** The node's content security policy, with what YASGUI needs on this page. */
    public String contentSecurityPolicy() {
        return SecurityHeaders.policyAllowingStyles(COLUMN_RESIZER_STYLE);
    }

    public static List<Voorbeeld> voorbeelden(Iris iris) {
        List<Voorbeeld> result = new ArrayList<>();
        for (String file : VOORBEELDEN) {
            String text = read("/sparql-ui/voorbeelden/" + file).replace("{{BASE}}", iris.base());
            String[] lines = text.split("\n", 3);
            result.add(new Voorbeeld(
                    lines[0].replaceFirst("^#\\s*", ""),
                    lines[2],
                    lines[1].replaceFirst("^#\\s*format:\\s*", "").trim()));
        }
        return result;
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    // The page carries the examples as JSON data, and a JSON string has no raw control characters.
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String read(String resource) {
        try (InputStream in = QueryPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
