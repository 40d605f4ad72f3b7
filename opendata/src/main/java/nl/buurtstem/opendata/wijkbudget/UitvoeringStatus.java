package nl.buurtstem.opendata.wijkbudget;

import java.util.Optional;
import nl.buurtstem.opendata.lod.Begrip;

/**
 * How far a winning wijkbudget proposal is, in the words staff and residents read; published as the SKOS code list
 * "uitvoeringsstatus".
 */
public enum UitvoeringStatus implements Begrip {
    GEPLAND("Gepland", "De gemeente heeft het voorstel ingepland. Het werk is nog niet begonnen."),
    IN_UITVOERING("In uitvoering", "Er wordt aan het voorstel gewerkt."),
    KLAAR("Klaar", "Het voorstel is uitgevoerd.");

    private final String woord;
    private final String uitleg;

    UitvoeringStatus(String woord, String uitleg) {
        this.woord = woord;
        this.uitleg = uitleg;
    }

    @Override
    public String woord() {
        return woord;
    }

    @Override
    public String uitleg() {
        return uitleg;
    }

    public static Optional<UitvoeringStatus> vanCode(String code) {
        return Begrip.vanCode(UitvoeringStatus.class, code);
    }
}
