package nl.buurtstem.opendata.lod;

import static nl.buurtstem.opendata.web.Html.escape;

import java.util.Comparator;
import java.util.List;
import nl.buurtstem.opendata.web.Html;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/** The human page of a published thing: its label, what is said about it, and the other formats. */
public final class ResourcePage {

    private ResourcePage() {}

    /**
     * A complete page around {@code body}, with a notice when the thing was withdrawn. Links are written from the
     * site's root and moved below the node's base path once, for the whole page.
     */
    static String page(String iri, Model description, String body, String docPath, boolean withdrawn, Iris iris) {
        StringBuilder html = new StringBuilder();
        if (withdrawn) {
            html.append("<p class=\"ingetrokken\"><strong>Ingetrokken.</strong> De gemeente heeft dit teruggetrokken; "
                    + "deze pagina blijft bestaan zodat verwijzingen blijven werken.</p>");
        }
        html.append(body);
        html.append("<p class=\"formaten\">Open data over <code>")
                .append(escape(iri))
                .append("</code>: ");
        String sep = "";
        for (RdfFormat f : RdfFormat.values()) {
            if (f.isRdf()) {
                html.append(sep)
                        .append("<a href=\"")
                        .append(escape(docPath))
                        .append("?format=")
                        .append(f.extension())
                        .append("\">")
                        .append(
                                f.name().equals("JSONLD")
                                        ? "JSON-LD"
                                        : f.name().equals("RDFXML")
                                                ? "RDF/XML"
                                                : f.name().equals("NTRIPLES") ? "N-Triples" : "Turtle")
                        .append("</a>");
                sep = " · ";
            }
        }
        html.append(" · <a href=\"").append(escape(docPath)).append("?format=json\">JSON (boom)</a>");
        html.append(" · <a href=\"/sparql\">SPARQL</a></p>");
        return Html.page(label(description, ResourceFactory.createResource(iri)), html.toString(), iris.basePath());
    }

    /** The generic body: every statement about the thing and its parts, links kept clickable. */
    public static String body(String iri, Model description, Iris iris) {
        Resource thing = description.getResource(iri);
        StringBuilder html = new StringBuilder("<h1>")
                .append(escape(label(description, thing)))
                .append("</h1>");
        table(html, description, thing, iris);
        description.listSubjects().toList().stream()
                .filter(s -> s.isURIResource()
                        && !s.getURI().equals(iri)
                        && s.getURI().startsWith(iri + "/"))
                .sorted(Comparator.comparing(Resource::getURI))
                .forEach(part -> {
                    html.append("<h2 id=\"")
                            .append(escape(part.getLocalName()))
                            .append("\">")
                            .append(escape(label(description, part)))
                            .append("</h2>");
                    table(html, description, part, iris);
                });
        return html.toString();
    }

    /** "Wat hiernaar verwijst": the links that point to the thing, by property; empty when none do. */
    static String inkomend(Verwijzingen v, Iris iris) {
        if (v.totaal() == 0) {
            return "";
        }
        Model prefixes = Vocab.prefixes(ModelFactory.createDefaultModel());
        StringBuilder html = new StringBuilder("<section class=\"inkomend\" aria-labelledby=\"kop-inkomend\">")
                .append("<h2 id=\"kop-inkomend\">Wat hiernaar verwijst</h2>")
                .append("<table class=\"beschrijving\"><tbody>");
        for (Verwijzingen.Link l : v.links()) {
            html.append("<tr><th>")
                    .append(href(l.via(), prefixes.shortForm(l.via()), iris))
                    .append("</th><td>")
                    .append(href(l.van(), l.label(), iris))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (v.totaal() > v.links().size()) {
            html.append("<p>")
                    .append(v.totaal())
                    .append(" dingen verwijzen hiernaar; hierboven de eerste ")
                    .append(Verwijzingen.PER_SOORT)
                    .append(" per soort verwijzing. Alle vindt u met SPARQL.</p>");
        }
        return html.append("</section>").toString();
    }

    private static String href(String uri, String text, Iris iris) {
        String href =
                uri.startsWith(iris.base()) ? "/" + uri.substring(iris.base().length()) : uri;
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    private static void table(StringBuilder html, Model m, Resource subject, Iris iris) {
        html.append("<table class=\"beschrijving\"><tbody>");
        List<Statement> statements = subject.listProperties().toList();
        statements.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getObject().toString()));
        for (Statement s : statements) {
            html.append("<tr><th>")
                    .append(link(m, s.getPredicate(), iris, true))
                    .append("</th><td>");
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                html.append(escape(l.getLexicalForm()));
                if (!l.getLanguage().isEmpty()) {
                    html.append(" <small>@").append(escape(l.getLanguage())).append("</small>");
                }
            } else if (o.isURIResource()) {
                html.append(link(m, o.asResource(), iris, false));
            } else {
                html.append("<em>(").append(escape(label(m, o.asResource()))).append(")</em>");
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String link(Model m, Resource r, Iris iris, boolean shortName) {
        String uri = r.getURI();
        String href =
                uri.startsWith(iris.base()) ? "/" + uri.substring(iris.base().length()) : uri;
        String text = shortName ? m.shortForm(uri) : label(m, r);
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String label(Model m, Resource r) {
        for (String p : List.of(
                RDFS.label.getURI(), Vocab.SKOS + "prefLabel", Vocab.DCTERMS + "title", Vocab.SCHEMA + "name")) {
            Statement s = m.getProperty(r, m.createProperty(p));
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return r.isURIResource() ? m.shortForm(r.getURI()) : "…";
    }
}
