package nl.buurtstem.opendata.lod;

import org.apache.jena.shared.PrefixMapping;

/** Namespaces of the standard vocabularies we publish with. */
public final class Vocab {

    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String SDMX_CONCEPT = "http://purl.org/linked-data/sdmx/2009/concept#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    /** OGC GeoSPARQL. */
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    /** ADMS status of a thing taken back by the municipality: it keeps a page saying so. */
    public static final String STATUS_WITHDRAWN = "http://purl.org/adms/status/Withdrawn";
    /** TOOI: the Dutch government's register of organisations; gemeente codes are lower-case, e.g. gm0193. */
    public static final String TOOI_GEMEENTE = "https://identifier.overheid.nl/tooi/id/gemeente/";

    public static final String TOOI_ONT = "https://identifier.overheid.nl/tooi/def/ont/";

    private Vocab() {}

    /** The prefixes every published document declares, so Turtle stays readable. */
    public static <T extends PrefixMapping> T prefixes(T m) {
        m.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("qb", QB);
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("dct", DCTERMS);
        m.setNsPrefix("schema", SCHEMA);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("adms", ADMS);
        m.setNsPrefix("geo", GEO);
        m.setNsPrefix("sdmx-attribute", SDMX_ATTRIBUTE);
        m.setNsPrefix("sdmx-dimension", SDMX_DIMENSION);
        m.setNsPrefix("sdmx-measure", SDMX_MEASURE);
        return m;
    }
}
