package nl.buurtstem.opendata.wijk;

import java.util.List;
import java.util.Map;

/**
 * A simple map of the municipality's wijken as SVG outlines, so a kiosk can draw it with no tile server or internet.
 *
 * @param id      stable reference (the gemeentecode)
 * @param viewBox the SVG viewBox the outlines are drawn in
 * @param wijken  one outline per wijk
 * @param plekken where a plan is, by plan id: [x, y] in the same viewBox
 */
public record Wijkkaart(String id, String viewBox, List<Vorm> wijken, Map<String, List<Double>> plekken) {

    public Wijkkaart {
        wijken = List.copyOf(wijken);
        plekken = Map.copyOf(plekken);
    }

    /** A wijk's outline as an SVG path, with where its name goes. */
    public record Vorm(String code, String naam, String pad, double labelX, double labelY) {}
}
