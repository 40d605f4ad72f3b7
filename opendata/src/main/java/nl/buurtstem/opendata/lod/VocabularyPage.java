package nl.buurtstem.opendata.lod;

import static nl.buurtstem.opendata.web.Html.escape;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The page a person reads at /def/: what the vocabulary is (version, licence, how to cite it in JSON-LD), then
 * every class and property with its Dutch and English label and meaning, each at its own anchor (/def/#Plan).
 */
final class VocabularyPage implements HtmlView {

    private final Iris iris;

    VocabularyPage(Iris iris) {
        this.iris = iris;
    }

    @Override
    public String render(String iri, Model m) {
        String ns = iris.base() + "def/";
        if (!iri.equals(ns)) {
            return null;
        }
        Resource ontology = m.getResource(ns);
        StringBuilder html = new StringBuilder("<h1>")
                .append(escape(text(m, ontology, RDFS.label, "nl")))
                .append("</h1><p lang=\"nl\">")
                .append(escape(text(m, ontology, RDFS.comment, "nl")))
                .append("</p><p lang=\"en\">")
                .append(escape(text(m, ontology, RDFS.comment, "en")))
                .append("</p><table class=\"beschrijving\"><tbody><tr><th>Namespace</th><td><code>")
                .append(escape(ns))
                .append("</code> (prefix <code>bs:</code>)</td></tr><tr><th>Versie / version</th><td>")
                .append(escape(text(m, ontology, OWL.versionInfo, "")))
                .append("</td></tr><tr><th>Licentie / licence</th><td>")
                .append(link(ontology.getPropertyResourceValue(m.createProperty(Vocab.DCTERMS, "license"))))
                .append("</td></tr><tr><th>JSON-LD</th><td><a href=\"/def/context.jsonld\">@context</a></td></tr>"
                        + "</tbody></table>");
        List<Resource> terms = m.listSubjectsWithProperty(RDFS.isDefinedBy, ontology)
                .filterDrop(r -> r.equals(ontology))
                .toList();
        terms.sort(Comparator.comparing(Resource::getURI));
        List<Resource> classes =
                terms.stream().filter(t -> t.hasProperty(RDF.type, RDFS.Class)).toList();
        List<Resource> properties =
                terms.stream().filter(t -> !classes.contains(t)).toList();
        section(html, m, "Klassen / classes", classes, ns);
        section(html, m, "Eigenschappen / properties", properties, ns);
        return html.toString();
    }

    private void section(StringBuilder html, Model m, String title, List<Resource> terms, String ns) {
        html.append("<h2>").append(escape(title)).append("</h2><ul class=\"termen\">");
        for (Resource t : terms) {
            html.append("<li><a href=\"#")
                    .append(escape(t.getURI().substring(ns.length())))
                    .append("\">")
                    .append(escape(text(m, t, RDFS.label, "nl")))
                    .append("</a></li>");
        }
        html.append("</ul>");
        for (Resource t : terms) {
            String local = t.getURI().substring(ns.length());
            html.append("<section class=\"term\" id=\"")
                    .append(escape(local))
                    .append("\"><h3>")
                    .append(escape(text(m, t, RDFS.label, "nl")))
                    .append(" <small lang=\"en\">")
                    .append(escape(text(m, t, RDFS.label, "en")))
                    .append("</small></h3><p><code>bs:")
                    .append(escape(local))
                    .append("</code> · <a href=\"/def/")
                    .append(escape(local))
                    .append("\">")
                    .append(escape(t.getURI()))
                    .append("</a></p><p lang=\"nl\">")
                    .append(escape(text(m, t, RDFS.comment, "nl")))
                    .append("</p><p lang=\"en\">")
                    .append(escape(text(m, t, RDFS.comment, "en")))
                    .append("</p>");
            relations(html, t);
            html.append("</section>");
        }
    }

    private void relations(StringBuilder html, Resource t) {
        StringBuilder rows = new StringBuilder();
        for (var p : List.of(RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
            for (Statement s : t.listProperties(p).toList()) {
                rows.append("<tr><th>")
                        .append(escape(t.getModel().shortForm(p.getURI())))
                        .append("</th><td>")
                        .append(link(s.getObject()))
                        .append("</td></tr>");
            }
        }
        if (!rows.isEmpty()) {
            html.append("<table class=\"beschrijving\"><tbody>").append(rows).append("</tbody></table>");
        }
    }

    private String link(RDFNode node) {
        if (node == null || !node.isURIResource()) {
            return "";
        }
        String uri = node.asResource().getURI();
        String href =
                uri.startsWith(iris.base()) ? "/" + uri.substring(iris.base().length()) : uri;
        String text = node.getModel() == null ? uri : node.getModel().shortForm(uri);
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    private static String text(Model m, Resource r, Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLanguage().equals(lang)) {
                return s.getString();
            }
        }
        return "";
    }
}
