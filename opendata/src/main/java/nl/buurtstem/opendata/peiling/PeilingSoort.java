package nl.buurtstem.opendata.peiling;

import java.util.List;
import java.util.Optional;

/** How residents answer a poll, in the words staff choose it by. */
public enum PeilingSoort {
    KEUZE("keuze", "Meerkeuze", "Bewoners kiezen één antwoord uit 2 tot 5 antwoorden die u zelf schrijft.", List.of()),
    JANEE("janee", "Ja of nee", "Twee grote knoppen: Ja en Nee.", List.of("Ja", "Nee")),
    GEZICHTEN(
            "gezichten",
            "Tevredenheid met gezichtjes",
            "Vijf gezichtjes, van heel ontevreden tot heel tevreden. Handig voor wie weinig leest.",
            List.of("Heel ontevreden", "Ontevreden", "Gewoon", "Tevreden", "Heel tevreden"));

    private final String code;
    private final String naam;
    private final String uitleg;
    private final List<String> vasteOpties;

    PeilingSoort(String code, String naam, String uitleg, List<String> vasteOpties) {
        this.code = code;
        this.naam = naam;
        this.uitleg = uitleg;
        this.vasteOpties = vasteOpties;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public String uitleg() {
        return uitleg;
    }

    /** The answers the kiosk shows for this kind; empty when staff write them (meerkeuze). */
    public List<String> vasteOpties() {
        return vasteOpties;
    }

    public static Optional<PeilingSoort> van(String code) {
        for (PeilingSoort s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static boolean isSoort(String code) {
        return van(code).isPresent();
    }
}
