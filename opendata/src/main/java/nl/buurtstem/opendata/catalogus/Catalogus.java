package nl.buurtstem.opendata.catalogus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The DCAT catalogue (DCAT-AP-NL 3.0): every dataset with its dumps as distributions, and the SPARQL
 * endpoint as a dcat:DataService. Code-list values (EU vocabularies) carry their type, label and scheme
 * here, so the catalogue validates on its own without fetching those lists.
 */
public final class Catalogus {

    private static final String EU = Codelijsten.EU;

    /** A dump format: file extension, EU file type, IANA media type, gzip-compressed or not. */
    record Dump(String extension, String fileType, String mediaType, boolean gzip, String label) {}

    static final List<Dump> RDF_DUMPS = List.of(
            new Dump("ttl.gz", "RDF_TURTLE", "text/turtle", true, "Turtle (gzip)"),
            new Dump("nt.gz", "RDF_N_TRIPLES", "application/n-triples", true, "N-Triples (gzip)"),
            new Dump("jsonld", "JSON_LD", "application/ld+json", false, "JSON-LD"));
    static final Dump CSV = new Dump("csv", "CSV", "text/csv", false, "CSV-tabel van de waarnemingen");

    private final Iris iris;
    private final CatalogusSettings settings;
    private final List<DatasetSpec> datasets;
    private final Codelijsten codes;

    public Catalogus(Iris iris, CatalogusSettings settings, List<DatasetSpec> datasets) {
        this.iris = iris;
        this.settings = settings;
        this.datasets = List.copyOf(datasets);
        this.codes = new Codelijsten(settings);
    }

    public String catalogIri() {
        return iris.id("catalogus", "buurtstem");
    }

    public String publisherIri() {
        return settings.publisherIri();
    }

    public String graphIri() {
        return iris.graph("catalogus");
    }

    /** The file name of a dataset's dump in one format, as served below /dumps/. */
    public static String dumpFile(DatasetSpec dataset, String extension) {
        return dataset.slug() + "." + extension;
    }

    public Graph graph(LocalDate modified) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        m.setNsPrefix("vcard", Vocab.VCARD);
        Resource catalog = m.createResource(catalogIri());
        Resource publisher = publisher(m);
        Resource contact = contact(m);
        Resource service = m.createResource(iris.id("dataservice", "sparql"));
        m.add(catalog, RDF.type, m.createResource(Vocab.DCAT + "Catalog"))
                .add(
                        catalog,
                        p(m, Vocab.DCTERMS, "title"),
                        m.createLiteral("Buurtstem open data van " + settings.gemeentenaam(), "nl"))
                .add(
                        catalog,
                        p(m, Vocab.DCTERMS, "title"),
                        m.createLiteral("Buurtstem open data of " + settings.gemeentenaam(), "en"))
                .add(
                        catalog,
                        p(m, Vocab.DCTERMS, "description"),
                        m.createLiteral(
                                "Plannen per wijk, uitslagen van peilingen in de "
                                        + "buurthuizen, bewonersinitiatieven, begroting en evaluaties, als linked open data.",
                                "nl"))
                .add(catalog, p(m, Vocab.DCTERMS, "publisher"), publisher)
                .add(catalog, p(m, Vocab.DCAT, "contactPoint"), contact)
                .add(catalog, p(m, Vocab.FOAF, "homepage"), codes.document(m, iris.base()))
                .add(catalog, p(m, Vocab.DCTERMS, "language"), codes.language(m))
                .add(catalog, p(m, Vocab.DCTERMS, "license"), codes.licence(m))
                .add(catalog, p(m, Vocab.DCTERMS, "modified"), date(m, modified))
                .add(catalog, p(m, Vocab.DCAT, "themeTaxonomy"), codes.themeScheme(m))
                .add(catalog, p(m, Vocab.DCAT, "service"), service);
        for (DatasetSpec d : datasets) {
            m.add(catalog, p(m, Vocab.DCAT, "dataset"), dataset(m, d, publisher, contact, service, modified));
        }
        dataService(m, service, publisher, contact);
        return m.getGraph();
    }

    private Resource dataset(
            Model m, DatasetSpec d, Resource publisher, Resource contact, Resource service, LocalDate modified) {
        Resource ds = m.createResource(iris.id("dataset", d.slug()));
        m.add(ds, RDF.type, m.createResource(Vocab.DCAT + "Dataset"))
                .add(ds, p(m, Vocab.DCTERMS, "title"), m.createLiteral(d.titel(), "nl"))
                .add(ds, p(m, Vocab.DCTERMS, "description"), m.createLiteral(d.omschrijving(), "nl"))
                .add(ds, p(m, Vocab.DCTERMS, "identifier"), ds.getURI())
                .add(ds, p(m, Vocab.DCTERMS, "publisher"), publisher)
                .add(ds, p(m, Vocab.DCTERMS, "creator"), publisher)
                .add(ds, p(m, Vocab.DCAT, "contactPoint"), contact)
                .add(
                        ds,
                        p(m, Vocab.DCAT, "theme"),
                        codes.concept(m, EU + "data-theme/GOVE", EU + "data-theme", "Overheid en publieke sector"))
                .add(ds, p(m, Vocab.DCTERMS, "accessRights"), codes.accessRights(m))
                .add(ds, p(m, Vocab.DCTERMS, "language"), codes.language(m))
                .add(ds, p(m, Vocab.DCTERMS, "accrualPeriodicity"), codes.frequency(m))
                .add(ds, p(m, Vocab.DCTERMS, "modified"), date(m, modified))
                .add(ds, p(m, Vocab.DCAT, "landingPage"), codes.document(m, iris.doc("dataset", d.slug())));
        for (String k : d.trefwoorden()) {
            m.add(ds, p(m, Vocab.DCAT, "keyword"), m.createLiteral(k, "nl"));
        }
        if (d.cube()) {
            Resource cube = m.createResource("http://www.w3.org/TR/vocab-data-cube/");
            m.add(ds, p(m, Vocab.DCTERMS, "conformsTo"), cube)
                    .add(cube, RDF.type, m.createResource(Vocab.DCTERMS + "Standard"));
        }
        for (Dump dump : RDF_DUMPS) {
            m.add(ds, p(m, Vocab.DCAT, "distribution"), distribution(m, d, dump, service));
        }
        if (d.cube()) {
            m.add(ds, p(m, Vocab.DCAT, "distribution"), distribution(m, d, CSV, service));
        }
        return ds;
    }

    private Resource distribution(Model m, DatasetSpec d, Dump dump, Resource service) {
        Resource dist = m.createResource(
                iris.id("distributie", d.slug() + "-" + dump.extension().replace('.', '-')));
        Resource file = m.createResource(iris.base() + "dumps/" + dumpFile(d, dump.extension()));
        m.add(dist, RDF.type, m.createResource(Vocab.DCAT + "Distribution"))
                .add(dist, p(m, Vocab.DCTERMS, "title"), m.createLiteral(d.titel() + ": " + dump.label(), "nl"))
                .add(dist, p(m, Vocab.DCAT, "accessURL"), file)
                .add(dist, p(m, Vocab.DCAT, "downloadURL"), file)
                .add(dist, p(m, Vocab.DCTERMS, "license"), codes.licence(m))
                .add(dist, p(m, Vocab.DCTERMS, "format"), codes.fileType(m, dump.fileType()))
                .add(dist, p(m, Vocab.DCAT, "mediaType"), codes.mediaType(m, dump.mediaType()));
        if (dump.gzip()) {
            m.add(dist, p(m, Vocab.DCAT, "compressFormat"), codes.mediaType(m, "application/gzip"));
        }
        return dist;
    }

    private void dataService(Model m, Resource service, Resource publisher, Resource contact) {
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
                .add(service, p(m, Vocab.DCAT, "contactPoint"), contact)
                .add(service, p(m, Vocab.DCTERMS, "license"), codes.licence(m))
                .add(service, p(m, Vocab.DCTERMS, "accessRights"), codes.accessRights(m))
                .add(
                        service,
                        p(m, Vocab.DCAT, "theme"),
                        codes.concept(m, EU + "data-theme/GOVE", EU + "data-theme", "Overheid en publieke sector"));
        for (DatasetSpec d : datasets) {
            m.add(service, p(m, Vocab.DCAT, "servesDataset"), m.createResource(iris.id("dataset", d.slug())));
        }
    }

    private Resource publisher(Model m) {
        Resource gemeente =
                m.createResource(Vocab.TOOI_GEMEENTE + settings.gemeentecode().toLowerCase(Locale.ROOT));
        m.add(gemeente, RDF.type, m.createResource(Vocab.FOAF + "Agent"))
                .add(gemeente, RDF.type, m.createResource(Vocab.FOAF + "Organization"))
                .add(gemeente, RDF.type, m.createResource(Vocab.TOOI_ONT + "Gemeente"))
                .add(gemeente, p(m, Vocab.FOAF, "name"), m.createLiteral(settings.gemeentenaam(), "nl"))
                .add(
                        gemeente,
                        p(m, Vocab.DCTERMS, "type"),
                        codes.concept(
                                m,
                                "http://purl.org/adms/publishertype/LocalAuthority",
                                "http://purl.org/adms/publishertype/1.0",
                                "Local Authority"));
        return gemeente;
    }

    private Resource contact(Model m) {
        Resource contact = m.createResource(iris.id("contactpunt", "open-data"));
        m.add(contact, RDF.type, m.createResource(Vocab.VCARD + "Kind"))
                .add(contact, RDF.type, m.createResource(Vocab.VCARD + "Organization"))
                .add(
                        contact,
                        p(m, Vocab.VCARD, "fn"),
                        m.createLiteral(settings.gemeentenaam() + ", team open data", "nl"))
                .add(contact, p(m, Vocab.VCARD, "hasURL"), m.createResource(iris.base()));
        return contact;
    }

    private static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
