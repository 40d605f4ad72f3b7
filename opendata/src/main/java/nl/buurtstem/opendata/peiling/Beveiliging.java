package nl.buurtstem.opendata.peiling;

/**
 * Whether a published figure is shown, as the SDMX confidentiality status (CL_CONF_STATUS) says it: free, or held
 * back because it is small (primary) or because it would give a small one back through a sum (secondary).
 */
public enum Beveiliging {
    VRIJ("F"),
    PRIMAIR("C"),
    SECUNDAIR("D");

    private final String sdmxCode;

    Beveiliging(String sdmxCode) {
        this.sdmxCode = sdmxCode;
    }

    /** The code in http://purl.org/linked-data/sdmx/2009/code#confStatus-{code}. */
    public String sdmxCode() {
        return sdmxCode;
    }

    public boolean verborgen() {
        return this != VRIJ;
    }
}
