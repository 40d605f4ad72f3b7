package nl.buurtstem.opendata.initiatief;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;

/** The menukaart's staff page: the form, whether a draft waits, and the versions published before. */
public record MenukaartScherm(
        Formulier f,
        boolean heeftConcept,
        boolean opgeslagen,
        boolean magPubliceren,
        List<Versie> versies,
        int stappen,
        int fondsen) {

    /** A published version: when, by whom, and its number in the audit log (to restore it as a draft). */
    public record Versie(long nummer, String wanneer, String wie, String wat) {}
}
