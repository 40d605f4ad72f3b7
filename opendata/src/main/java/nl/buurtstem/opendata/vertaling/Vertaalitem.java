package nl.buurtstem.opendata.vertaling;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A published content item whose texts residents read on the kiosk, and so are translated.
 *
 * @param item   as the kiosk names it: "peiling/{id}", "wijkbudget/{id}/{voorstel}", "menukaart/{stap}"
 * @param soort  what it is, for staff: "Peiling", "Voorstel"
 * @param velden each field the kiosk translates, with its Dutch text, in the order shown
 */
public record Vertaalitem(String item, String soort, String titel, Map<String, String> velden) {

    /** What one feature has to translate. */
    @FunctionalInterface
    public interface Bron extends Supplier<List<Vertaalitem>> {

        /** Called after staff saved a translation of {@code item}: a feature that publishes translations does so. */
        default void vertaald(String item) {}
    }
}
