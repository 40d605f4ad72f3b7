package nl.buurtstem.opendata.lod;

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

    private Vocab() {
    }
}
