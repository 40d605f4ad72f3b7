package nl.buurtstem.opendata.lod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a document is offered in, and the choice between them by the request's Accept header
 * (or {@code ?format=}, for links a browser can follow).
 */
public enum RdfFormat {
    HTML("text/html", "html", null, null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES);

    private final String mediaType;
    private final String extension;
    private final Lang lang;
    private final RDFFormat writer;

    RdfFormat(String mediaType, String extension, Lang lang, RDFFormat writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat writer() {
        return writer;
    }

    public boolean isRdf() {
        return lang != null;
    }

    /**
     * The best format for this request, or null when none of ours is acceptable. Without any preference
     * (no header, or only *&#47;*) a developer's tool gets Turtle; browsers always name text/html.
     */
    public static RdfFormat choose(String accept, String formatParam) {
        if (formatParam != null && !formatParam.isBlank()) {
            for (RdfFormat f : values()) {
                if (f.extension.equalsIgnoreCase(formatParam) || f.mediaType.equalsIgnoreCase(formatParam)) {
                    return f;
                }
            }
            return null;
        }
        if (accept == null || accept.isBlank()) {
            return TURTLE;
        }
        RdfFormat best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Range range : parse(accept)) {
            for (RdfFormat f : preferenceOrder()) {
                int specificity = range.matches(f);
                if (specificity < 0 || range.q <= 0) {
                    continue;
                }
                if (range.q > bestQ || (range.q == bestQ && specificity > bestSpecificity)) {
                    best = f;
                    bestQ = range.q;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }

    /** When a wildcard matches several formats, Turtle comes first, then HTML. */
    private static List<RdfFormat> preferenceOrder() {
        return List.of(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);
    }

    private record Range(String type, String subtype, double q) {
        /** -1 when it does not match; higher is more specific. */
        int matches(RdfFormat f) {
            String[] parts = f.mediaType.split("/");
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(parts[0])) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            boolean same = subtype.equals(parts[1])
                    || (f == JSONLD && subtype.equals("json"))
                    || (f == NTRIPLES && subtype.equals("plain"))
                    || (f == HTML && subtype.equals("xhtml+xml"));
            return same ? 2 : -1;
        }
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.trim().split(";");
            if (params.length == 0) {
                continue;
            }
            String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], q));
        }
        return ranges;
    }
}
