package nl.buurtstem.opendata.lod;

import java.util.Locale;

/**
 * The areas CBS draws, as linked data names them. A wijk code is only unique within one year's Wijk- en Buurtkaart
 * (CBS reuses codes after a redivision), so every link carries the year.
 *
 * <p>The IRIs follow the pattern of CBS's own linked data, published with Kadaster and PDOK:
 * {@code http://betalinkeddata.cbs.nl/regios/2016/id/wijk/WK063709} and
 * {@code http://betalinkeddata.cbs.nl/regios/2016/id/gemeente-geografisch/GM0637} (used in the CBS/Kadaster data
 * story, github.com/PDOK/data.labs.pdok.nl, stories/cbs/index.md; also kadaster/labs.kadaster.nl). The boundaries of
 * each year are served by PDOK as OGC API Features at {@code https://api.pdok.nl/cbs/wijken-en-buurten-{year}/ogc/v1}
 * (www.pdok.nl/ogc-apis/-/article/cbs-wijken-en-buurten).
 */
public final class CbsGebieden {

    private static final String CBS_REGIOS = "http://betalinkeddata.cbs.nl/regios/";

    private CbsGebieden() {}

    /** CBS's IRI of wijk {@code code} (e.g. WK019311) on the Wijk- en Buurtkaart of {@code jaar}. */
    public static String wijk(String code, int jaar) {
        return CBS_REGIOS + jaar + "/id/wijk/" + code.toUpperCase(Locale.ROOT);
    }

    /** CBS's IRI of gemeente {@code code} (e.g. GM0193) as an area on the Wijk- en Buurtkaart of {@code jaar}. */
    public static String gemeente(String code, int jaar) {
        return CBS_REGIOS + jaar + "/id/gemeente-geografisch/" + code.toUpperCase(Locale.ROOT);
    }

    /** Where PDOK serves that year's boundaries of every gemeente, wijk and buurt (OGC API Features). */
    public static String kaart(int jaar) {
        return "https://api.pdok.nl/cbs/wijken-en-buurten-" + jaar + "/ogc/v1";
    }

    /** Our IRI for the municipality as an area (not as the organisation, which TOOI names). */
    public static String gemeentegebied(Iris iris, String code) {
        return iris.id("gemeente", code.toUpperCase(Locale.ROOT));
    }
}
