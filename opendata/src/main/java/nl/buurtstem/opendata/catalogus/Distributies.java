package nl.buurtstem.opendata.catalogus;

import java.util.List;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Dumps;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** How the catalogue's datasets can be had: the dumps (distributions) and the SPARQL endpoint (data service). */
final class Distributies {

    private final Iris iris;
    private final Codelijsten codes;
    private final Resource service;

    Distributies(Iris iris, Codelijsten codes, Resource service) {
        this.iris = iris;
        this.codes = codes;
        this.service = service;
    }

    /** The Buurtstem vocabulary at /def/, as the standard the data follows. */
    Resource vocabulary(Model m) {
        Resource def = m.createResource(iris.base() + "def/");
        m.add(def, RDF.type, m.createResource(Vocab.DCTERMS + "Standard"));
        return def;
    }

    Resource distribution(Model m, DatasetSpec d, Catalogus.Dump dump, String description) {
        Resource dist = m.createResource(
                iris.id("distributie", d.slug() + "-" + dump.extension().replace('.', '-')));
        Resource file = m.createResource(iris.base() + "dumps/" + Catalogus.dumpFile(d, dump.extension()));
        m.add(dist, RDF.type, m.createResource(Vocab.DCAT + "Distribution"))
                .add(dist, p(m, Vocab.DCTERMS, "title"), m.createLiteral(d.titel() + ": " + dump.label(), "nl"))
                .add(dist, p(m, Vocab.DCTERMS, "description"), m.createLiteral(description, "nl"))
                .add(dist, p(m, Vocab.DCAT, "accessURL"), file)
                .add(dist, p(m, Vocab.DCAT, "downloadURL"), file)
                .add(dist, p(m, Vocab.DCAT, "accessService"), service)
                .add(dist, p(m, Vocab.DCTERMS, "license"), codes.licence(m))
                .add(dist, p(m, Vocab.DCTERMS, "language"), codes.language(m))
                .add(dist, p(m, Vocab.DCTERMS, "conformsTo"), vocabulary(m))
                .add(dist, p(m, "http://data.europa.eu/r5r/", "availability"), codes.stable(m))
                .add(dist, p(m, Vocab.DCTERMS, "format"), codes.fileType(m, dump.fileType()))
                .add(dist, p(m, Vocab.DCAT, "mediaType"), codes.mediaType(m, dump.mediaType()));
        if (dump.extension().equals("csv")) {
            Resource csvw = m.createResource(iris.base() + "dumps/" + d.slug() + Dumps.CSVW);
            m.add(dist, p(m, Vocab.DCTERMS, "conformsTo"), csvw)
                    .add(csvw, RDF.type, m.createResource(Vocab.DCTERMS + "Standard"))
                    .add(csvw, p(m, Vocab.DCTERMS, "title"), m.createLiteral("CSVW-metadata van " + d.titel(), "nl"));
        }
        if (dump.gzip()) {
            m.add(dist, p(m, Vocab.DCAT, "compressFormat"), codes.mediaType(m, "application/gzip"));
        }
        return dist;
    }

    void dataService(Model m, List<DatasetSpec> datasets, Resource publisher, Resource contact) {
        Resource endpoint = m.createResource(iris.base() + "sparql");
        Resource protocol = m.createResource("https://www.w3.org/TR/sparql11-protocol/");
        m.add(service, RDF.type, m.createResource(Vocab.DCAT + "DataService"))
                .add(service, p(m, Vocab.DCTERMS, "title"), m.createLiteral("SPARQL 1.1-endpoint van Buurtstem", "nl"))
                .add(
                        service,
                        p(m, Vocab.DCTERMS, "description"),
                        m.createLiteral(
                                "Alleen-lezen SPARQL 1.1-endpoint over alle "
                                        + "datasets van deze catalogus (GET en POST; JSON, XML, CSV, TSV, Turtle, JSON-LD, RDF/XML, N-Triples).",
                                "nl"))
                .add(service, p(m, Vocab.DCTERMS, "identifier"), service.getURI())
                .add(service, p(m, Vocab.DCAT, "endpointURL"), endpoint)
                .add(service, p(m, Vocab.DCAT, "endpointDescription"), codes.document(m, iris.base() + "sparql"))
                .add(service, p(m, Vocab.DCTERMS, "conformsTo"), protocol)
                .add(protocol, RDF.type, m.createResource(Vocab.DCTERMS + "Standard"))
                .add(service, p(m, Vocab.DCTERMS, "publisher"), publisher)
                .add(service, p(m, Vocab.DCTERMS, "creator"), publisher)
                .add(service, p(m, Vocab.DCAT, "contactPoint"), contact)
                .add(service, p(m, Vocab.DCTERMS, "license"), codes.licence(m))
                .add(service, p(m, Vocab.DCTERMS, "accessRights"), codes.accessRights(m))
                .add(service, p(m, Vocab.DCTERMS, "language"), codes.language(m))
                .add(service, p(m, Vocab.DCAT, "keyword"), m.createLiteral("SPARQL", "nl"))
                .add(service, p(m, Vocab.DCAT, "keyword"), m.createLiteral("linked open data", "nl"))
                .add(
                        service,
                        p(m, Vocab.DCAT, "theme"),
                        codes.concept(
                                m,
                                Codelijsten.EU + "data-theme/GOVE",
                                Codelijsten.EU + "data-theme",
                                "Overheid en publieke sector"));
        for (DatasetSpec d : datasets) {
            m.add(service, p(m, Vocab.DCAT, "servesDataset"), m.createResource(iris.id("dataset", d.slug())));
        }
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
