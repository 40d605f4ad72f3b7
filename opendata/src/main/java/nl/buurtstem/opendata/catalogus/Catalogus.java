package nl.buurtstem.opendata.catalogus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.buurtstem.opendata.lod.CbsGebieden;
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
 *
 * <p>When a dataset was issued and last modified comes from the published data itself (see {@link Tijden}), so a
 * restart of the node changes nothing a harvester sees.
 */
public final class Catalogus {

    /** When a dataset's data was first published and last changed, if it ever was. */
    public interface Tijden {
        Optional<Instant> uitgegeven(DatasetSpec dataset);

        Optional<Instant> gewijzigd(DatasetSpec dataset);
    }

    private static final String EU = Codelijsten.EU;

    /** A dump format: file extension, EU file type, IANA media type, gzip-compressed or not. */
    record Dump(String extension, String fileType, String mediaType, boolean gzip, String label) {}

    static final List<Dump> RDF_DUMPS = List.of(
            new Dump("ttl.gz", "RDF_TURTLE", "text/turtle", true, "Turtle (gzip)"),
            new Dump("nt.gz", "RDF_N_TRIPLES", "application/n-triples", true, "N-Triples (gzip)"),
            new Dump("jsonld", "JSON_LD", "application/ld+json", false, "JSON-LD"));
    static final Dump CSV = new Dump("csv", "CSV", "text/csv", false, "CSV-tabel");
    static final String RDF_DUMP_DESCRIPTION = "De hele dataset in één bestand, als RDF in dit formaat; "
            + "dezelfde gegevens als via het SPARQL-endpoint, bijgewerkt binnen seconden na een wijziging.";
    static final String CSV_DUMP_DESCRIPTION = "De dataset als één tabel voor spreadsheets: codes en namen naast de "
            + "IRI's, een lege cel waar een waarde ontbreekt; elke kolom (type, eenheid) beschreven in de CSVW-metadata "
            + "ernaast (.csv-metadata.json).";

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

    public Graph graph(Tijden tijden) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        m.setNsPrefix("vcard", Vocab.VCARD);
        Resource catalog = m.createResource(catalogIri());
        Resource publisher = publisher(m);
        Resource contact = contact(m);
        Resource area = gemeentegebied(m);
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
                .add(catalog, p(m, Vocab.DCTERMS, "creator"), publisher)
                .add(catalog, p(m, Vocab.DCAT, "contactPoint"), contact)
                .add(catalog, p(m, Vocab.FOAF, "homepage"), codes.document(m, iris.base()))
                .add(catalog, p(m, Vocab.DCTERMS, "language"), codes.language(m))
                .add(catalog, p(m, Vocab.DCTERMS, "license"), codes.licence(m))
                .add(catalog, p(m, Vocab.DCTERMS, "spatial"), area)
                .add(catalog, p(m, Vocab.DCAT, "themeTaxonomy"), codes.themeScheme(m))
                .add(catalog, p(m, Vocab.DCAT, "service"), service);
        datasets.stream()
                .map(tijden::uitgegeven)
                .flatMap(Optional::stream)
                .min(Instant::compareTo)
                .ifPresent(t -> m.add(catalog, p(m, Vocab.DCTERMS, "issued"), dateTime(m, t)));
        datasets.stream()
                .map(tijden::gewijzigd)
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .ifPresent(t -> m.add(catalog, p(m, Vocab.DCTERMS, "modified"), dateTime(m, t)));
        Distributies distributies = new Distributies(iris, codes, service);
        for (DatasetSpec d : datasets) {
            m.add(catalog, p(m, Vocab.DCAT, "dataset"), dataset(m, d, publisher, contact, area, distributies, tijden));
        }
        distributies.dataService(m, datasets, publisher, contact);
        return m.getGraph();
    }

    private Resource dataset(
            Model m,
            DatasetSpec d,
            Resource publisher,
            Resource contact,
            Resource area,
            Distributies distributies,
            Tijden tijden) {
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
                .add(ds, p(m, Vocab.DCTERMS, "spatial"), area)
                .add(ds, p(m, Vocab.DCAT, "landingPage"), codes.document(m, iris.doc("dataset", d.slug())))
                .add(ds, p(m, Vocab.FOAF, "page"), codes.document(m, iris.base() + "def/"))
                .add(ds, p(m, Vocab.DCTERMS, "conformsTo"), distributies.vocabulary(m));
        tijden.gewijzigd(d).ifPresent(t -> m.add(ds, p(m, Vocab.DCTERMS, "modified"), dateTime(m, t)));
        tijden.uitgegeven(d).ifPresent(t -> {
            // The data covers what was published from its first publication to its last change.
            Resource period = m.createResource();
            m.add(ds, p(m, Vocab.DCTERMS, "issued"), dateTime(m, t))
                    .add(ds, p(m, Vocab.DCTERMS, "temporal"), period)
                    .add(period, RDF.type, m.createResource(Vocab.DCTERMS + "PeriodOfTime"))
                    .add(period, p(m, Vocab.DCAT, "startDate"), date(m, t));
            tijden.gewijzigd(d).ifPresent(end -> m.add(period, p(m, Vocab.DCAT, "endDate"), date(m, end)));
        });
        for (String k : d.trefwoorden()) {
            m.add(ds, p(m, Vocab.DCAT, "keyword"), m.createLiteral(k, "nl"));
        }
        if (d.cube()) {
            Resource cube = m.createResource("http://www.w3.org/TR/vocab-data-cube/");
            m.add(ds, p(m, Vocab.DCTERMS, "conformsTo"), cube)
                    .add(cube, RDF.type, m.createResource(Vocab.DCTERMS + "Standard"));
        }
        for (Dump dump : RDF_DUMPS) {
            m.add(ds, p(m, Vocab.DCAT, "distribution"), distributies.distribution(m, d, dump, RDF_DUMP_DESCRIPTION));
        }
        if (d.csv()) {
            m.add(ds, p(m, Vocab.DCAT, "distribution"), distributies.distribution(m, d, CSV, CSV_DUMP_DESCRIPTION));
        }
        return ds;
    }

    /** The municipality as an area (described in its own graph, see {@link Gemeentegebied}). */
    private Resource gemeentegebied(Model m) {
        Resource area = m.createResource(CbsGebieden.gemeentegebied(iris, settings.gemeentecode()));
        m.add(area, RDF.type, m.createResource(Vocab.DCTERMS + "Location"));
        return area;
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
        if (settings.contactEmail() != null) {
            m.add(contact, p(m, Vocab.VCARD, "hasEmail"), m.createResource("mailto:" + settings.contactEmail()));
        }
        return contact;
    }

    private static Literal date(Model m, Instant t) {
        return m.createTypedLiteral(t.atZone(ZoneOffset.UTC).toLocalDate().toString(), XSDDatatype.XSDdate);
    }

    private static Literal dateTime(Model m, Instant t) {
        return m.createTypedLiteral(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
