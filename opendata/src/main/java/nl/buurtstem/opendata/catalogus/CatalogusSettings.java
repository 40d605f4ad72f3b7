package nl.buurtstem.opendata.catalogus;

import java.util.Locale;
import nl.buurtstem.opendata.lod.Vocab;

/**
 * Who publishes the catalogue and under which licence.
 *
 * @param gemeentecode CBS/TOOI code of the publishing municipality, e.g. GM0193
 * @param gemeentenaam its name, e.g. "Gemeente Zwolle"
 * @param licentie     licence of every dataset, an IRI from the EU licence list (default CC0 1.0)
 * @param licentieNaam human name of that licence
 * @param contactEmail where reusers write with questions about the data, or null when there is no such address
 */
public record CatalogusSettings(
        String gemeentecode, String gemeentenaam, String licentie, String licentieNaam, String contactEmail) {

    public static final String CC0 = "http://publications.europa.eu/resource/authority/licence/CC0";

    /** The municipality as TOOI names it: publisher of the catalogue, funder of grants. */
    public String publisherIri() {
        return Vocab.TOOI_GEMEENTE + gemeentecode.toLowerCase(Locale.ROOT);
    }

    public static CatalogusSettings defaults(String gemeentecode, String gemeentenaam) {
        return new CatalogusSettings(gemeentecode, gemeentenaam, CC0, "Creative Commons CC0 1.0 Universal", null);
    }

    /** These settings with questions going to {@code email}. */
    public CatalogusSettings withContactEmail(String email) {
        return new CatalogusSettings(gemeentecode, gemeentenaam, licentie, licentieNaam, email);
    }
}
