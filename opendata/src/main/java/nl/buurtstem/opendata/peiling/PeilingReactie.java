package nl.buurtstem.opendata.peiling;

import java.util.Optional;
import nl.buurtstem.opendata.staff.Formulier;

/**
 * The municipality's response to a closed poll, as staff write it: "u zei …" (what residents said, in plain words)
 * and "wij doen …" (what the municipality does with it). Both are read on the kiosk, so both are short.
 */
final class PeilingReactie {

    static final int MAX = 400;

    private PeilingReactie() {}

    /** The response the form describes, or empty with a Dutch error beside each field that is not right. */
    static Optional<Peiling.Reactie> lees(Formulier f) {
        String zei = f.waarde("zei");
        String doen = f.waarde("doen");
        if (zei.isEmpty()) {
            f.fout("zei", "Schrijf op wat bewoners zeiden, bijvoorbeeld: De meeste bewoners willen een zebrapad.");
        } else if (zei.length() > MAX) {
            f.fout("zei", "Dit is te lang: maximaal " + MAX + " tekens. Het staat op de kiosk, dus houd het kort.");
        }
        if (doen.isEmpty()) {
            f.fout("doen", "Schrijf op wat de gemeente ermee doet, bijvoorbeeld: In maart komt er een zebrapad.");
        } else if (doen.length() > MAX) {
            f.fout("doen", "Dit is te lang: maximaal " + MAX + " tekens. Het staat op de kiosk, dus houd het kort.");
        }
        return f.heeftFouten() ? Optional.empty() : Optional.of(new Peiling.Reactie(zei, doen));
    }
}
