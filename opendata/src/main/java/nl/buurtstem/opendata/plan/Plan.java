package nl.buurtstem.opendata.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.buurtstem.opendata.lod.Plek;

/**
 * A municipal plan for a wijk, with the moments residents can take part.
 *
 * @param id          stable reference, used in its URI (/id/plan/{id})
 * @param wijk        CBS wijkcode
 * @param titel       short title
 * @param samenvatting what it is, in plain words
 * @param fasen       its phases in order
 * @param momenten    participatiemomenten: when and where residents can take part
 * @param demo        true for demonstration content
 * @param documenten  documents about the plan (design, decision), published by the municipality
 */
public record Plan(
        String id,
        String wijk,
        String titel,
        String samenvatting,
        List<Fase> fasen,
        List<Participatiemoment> momenten,
        boolean demo,
        List<Document> documenten) {

    public Plan {
        fasen = List.copyOf(fasen);
        momenten = List.copyOf(momenten);
        documenten = documenten == null ? List.of() : List.copyOf(documenten);
    }

    public Plan(
            String id,
            String wijk,
            String titel,
            String samenvatting,
            List<Fase> fasen,
            List<Participatiemoment> momenten,
            boolean demo) {
        this(id, wijk, titel, samenvatting, fasen, momenten, demo, List.of());
    }

    /** A document about a plan: its title and where the municipality publishes it. */
    public record Document(String titel, String url) {}

    /** A phase of a plan, e.g. "Ontwerp" from March to June. */
    public record Fase(String naam, LocalDate van, LocalDate tot) {}

    /**
     * When, where and how residents can take part in a plan.
     *
     * @param wanneer local time in the Netherlands
     * @param waar    the place's name, e.g. "Buurthuis De Kroon"
     * @param adres   the place's address, or null
     */
    public record Participatiemoment(String wat, LocalDateTime wanneer, String waar, String hoe, Adres adres) {

        public Participatiemoment(String wat, LocalDateTime wanneer, String waar, String hoe) {
            this(wat, wanneer, waar, hoe, null);
        }
    }

    /** A postal address, e.g. Vechtstraat 1, 8021 AB, Zwolle. */
    public record Adres(String straat, String postcode, String plaats) {

        Plek.Adres alsPlekadres() {
            return new Plek.Adres(straat, postcode, plaats);
        }
    }
}
