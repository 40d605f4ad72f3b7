package nl.buurtstem.opendata.initiatief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The initiatives a kiosk shows: those of its own wijk. A wijk without any gets up to three examples from
 * neighbouring wijken instead, to inspire, each marked with the wijk it is from ({@code uitWijk}: code and name).
 *
 * <p>Neighbouring is kept simple: the other wijken of the same gemeente, which the CBS wijkcode names in its four
 * digits after "WK" (WK019311 is in gemeente 0193). The node knows no wijk outlines, and within one gemeente an
 * example is near enough to visit.
 */
final class KioskInitiatieven {

    static final int VOORBEELDEN = 3;

    private final InitiatiefStore store;
    private final ObjectMapper json;
    private final Function<String, String> wijknaam;

    KioskInitiatieven(InitiatiefStore store, ObjectMapper json, Function<String, String> wijknaam) {
        this.store = store;
        this.json = json;
        this.wijknaam = wijknaam;
    }

    List<?> voor(String wijk) {
        List<Initiatief> eigen = store.inWijk(wijk);
        if (!eigen.isEmpty() || gemeente(wijk) == null) {
            return eigen;
        }
        return store.all().stream()
                .filter(i -> !Objects.equals(wijk, i.wijk()) && Objects.equals(gemeente(wijk), gemeente(i.wijk())))
                .sorted(Comparator.comparing(Initiatief::wijk).thenComparing(Initiatief::id))
                .limit(VOORBEELDEN)
                .map(i -> {
                    ObjectNode node = json.valueToTree(i);
                    node.putObject("uitWijk").put("code", i.wijk()).put("naam", wijknaam.apply(i.wijk()));
                    return node;
                })
                .toList();
    }

    /** "0193" for WK019311; null when it is no wijkcode. */
    static String gemeente(String wijk) {
        return wijk != null && wijk.matches("WK\\d{6}") ? wijk.substring(2, 6) : null;
    }
}
