package nl.buurtstem.opendata.lod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * A dataset's page tells search engines (Google Dataset Search and the like) what it is in the markup they read:
 * schema.org Dataset as JSON-LD, made from what the DCAT catalogue says about it.
 */
final class SchemaOrgDataset {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    private SchemaOrgDataset() {}

    /** The script element for the page of {@code iri}, or "" when the catalogue does not list it as a dataset. */
    static String script(String iri, String page, Model catalogue) {
        Resource ds = catalogue.getResource(iri);
        if (!ds.hasProperty(RDF.type, catalogue.createResource(Vocab.DCAT + "Dataset"))) {
            return "";
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("@context", "https://schema.org/");
        json.put("@type", "Dataset");
        json.put("@id", iri);
        json.put("url", page);
        json.put("identifier", iri);
        put(json, "name", ds, p(catalogue, Vocab.DCTERMS, "title"));
        put(json, "description", ds, p(catalogue, Vocab.DCTERMS, "description"));
        put(json, "dateModified", ds, p(catalogue, Vocab.DCTERMS, "modified"));
        put(json, "datePublished", ds, p(catalogue, Vocab.DCTERMS, "issued"));
        Resource period = ds.getPropertyResourceValue(p(catalogue, Vocab.DCTERMS, "temporal"));
        if (period != null) {
            Statement start = period.getProperty(p(catalogue, Vocab.DCAT, "startDate"));
            Statement end = period.getProperty(p(catalogue, Vocab.DCAT, "endDate"));
            if (start != null) {
                // schema.org takes an ISO 8601 interval; ".." is an open end.
                json.put("temporalCoverage", start.getString() + "/" + (end == null ? ".." : end.getString()));
            }
        }
        Resource area = ds.getPropertyResourceValue(p(catalogue, Vocab.DCTERMS, "spatial"));
        if (area != null && area.isURIResource()) {
            json.putObject("spatialCoverage").put("@type", "Place").put("@id", area.getURI());
        }
        json.put("inLanguage", "nl");
        json.put("isAccessibleForFree", true);
        Resource licence = ds.getPropertyResourceValue(p(catalogue, Vocab.DCTERMS, "license"));
        if (licence == null) {
            licence = catalogue
                    .listSubjectsWithProperty(RDF.type, catalogue.createResource(Vocab.DCAT + "Catalog"))
                    .nextOptional()
                    .map(c -> c.getPropertyResourceValue(p(catalogue, Vocab.DCTERMS, "license")))
                    .orElse(null);
        }
        if (licence != null) {
            json.put("license", licence.getURI());
        }
        ArrayNode keywords = json.putArray("keywords");
        ds.listProperties(p(catalogue, Vocab.DCAT, "keyword")).forEachRemaining(s -> keywords.add(s.getString()));
        Resource publisher = ds.getPropertyResourceValue(p(catalogue, Vocab.DCTERMS, "publisher"));
        if (publisher != null && publisher.isURIResource()) {
            ObjectNode org = json.putObject("publisher");
            org.put("@type", "GovernmentOrganization");
            org.put("@id", publisher.getURI());
            put(org, "name", publisher, p(catalogue, Vocab.FOAF, "name"));
            json.set("creator", org);
        }
        ArrayNode distributions = json.putArray("distribution");
        for (Statement s :
                ds.listProperties(p(catalogue, Vocab.DCAT, "distribution")).toList()) {
            Resource dist = s.getResource();
            Resource download = dist.getPropertyResourceValue(p(catalogue, Vocab.DCAT, "downloadURL"));
            if (download == null) {
                continue;
            }
            ObjectNode d = distributions.addObject();
            d.put("@type", "DataDownload");
            d.put("contentUrl", download.getURI());
            put(d, "name", dist, p(catalogue, Vocab.DCTERMS, "title"));
            Resource media = dist.getPropertyResourceValue(p(catalogue, Vocab.DCAT, "mediaType"));
            if (media != null && media.getURI().startsWith(IANA)) {
                d.put("encodingFormat", media.getURI().substring(IANA.length()));
            }
        }
        try {
            // "</" would end the script element early; JSON allows it escaped.
            return "<script type=\"application/ld+json\">"
                    + JSON.writeValueAsString(json).replace("</", "<\\/") + "</script>";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schema.org markup is always JSON", e);
        }
    }

    private static void put(ObjectNode json, String key, Resource r, Property p) {
        Statement nl = null;
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral() && (nl == null || "nl".equals(o.asLiteral().getLanguage()))) {
                nl = s;
            }
        }
        if (nl != null) {
            json.put(key, nl.getString());
        }
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
