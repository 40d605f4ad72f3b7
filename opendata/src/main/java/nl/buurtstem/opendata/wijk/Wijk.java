package nl.buurtstem.opendata.wijk;

import java.util.regex.Pattern;

/**
 * A neighbourhood as CBS knows it.
 *
 * @param code     CBS wijkcode, e.g. WK019310 (municipality 0193 Zwolle, wijk 01)
 * @param naam     the name residents use
 * @param gemeente CBS gemeentecode, e.g. GM0193
 * @param jaar     the year of the CBS Wijk- en Buurtkaart the code is taken from
 */
public record Wijk(String code, String naam, String gemeente, int jaar) {

    private static final Pattern CODE = Pattern.compile("WK\\d{6}");

    public Wijk {
        if (!isWijkcode(code)) {
            throw new IllegalArgumentException("wijk code must look like WK019310, got " + code);
        }
    }

    public static boolean isWijkcode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
