package nl.buurtstem.opendata.wijk;

import java.util.function.Consumer;
import nl.buurtstem.opendata.staff.Inhoud;

/** Wijken as staff manage them: keyed by CBS code, with the year of the CBS map the code is from. */
public final class WijkBeheer {

    private WijkBeheer() {}

    public static Inhoud<Wijk> inhoud(WijkStore wijken, Consumer<String> changed) {
        return new Inhoud<>(
                "wijk",
                Wijk.class,
                Wijk::code,
                Wijk::naam,
                WijkBeheer::check,
                wijken::all,
                wijken::find,
                wijken::save,
                wijken::delete,
                changed);
    }

    static void check(Wijk w) {
        if (w.naam() == null || w.naam().isBlank()) {
            throw new IllegalArgumentException("naam is needed");
        }
        if (w.gemeente() == null || !w.gemeente().matches("GM\\d{4}")) {
            throw new IllegalArgumentException("gemeente must be a CBS gemeentecode like GM0193");
        }
        if (w.jaar() < 2000 || w.jaar() > 2100) {
            throw new IllegalArgumentException("jaar must be the year of the CBS Wijk- en Buurtkaart, e.g. 2024");
        }
    }
}
