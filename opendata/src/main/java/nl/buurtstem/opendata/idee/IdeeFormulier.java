package nl.buurtstem.opendata.idee;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.buurtstem.opendata.staff.Formulier;

/** The form that deals with an idea: its values from an idea, and back, with errors in plain Dutch. */
final class IdeeFormulier {

    static final int MAX_ANTWOORD = 2000;
    private static final java.util.regex.Pattern DOEL =
            java.util.regex.Pattern.compile("(initiatief|plan|wijkbudget|peiling)/[a-z0-9][a-z0-9-]{0,99}");

    private IdeeFormulier() {}

    static Formulier van(Idee idee) {
        Formulier f = Formulier.leeg().zet("status", idee.status().code());
        if (idee.behandelaar() != null) {
            f.zet("behandelaar", idee.behandelaar());
        }
        if (idee.antwoord() != null) {
            f.zet("antwoord", idee.antwoord());
        }
        if (idee.omgezetNaar() != null) {
            f.zet("omgezetNaar", idee.omgezetNaar());
        }
        if (idee.dubbelVan() != null) {
            f.zet("dubbelVan", idee.dubbelVan());
        }
        return f;
    }

    /** What staff decided, or empty with the errors noted on {@code f}. */
    static Optional<IdeeStore.Behandeling> lees(Formulier f, List<String> medewerkers, Predicate<String> bestaandIdee) {
        IdeeStatus status = null;
        try {
            status = IdeeStatus.vanCode(f.waarde("status"));
        } catch (IllegalArgumentException e) {
            f.fout("status", "Kies waar het idee nu staat.");
        }
        String behandelaar = leeg(f.waarde("behandelaar"));
        if (behandelaar != null && !medewerkers.contains(behandelaar)) {
            f.fout("behandelaar", "Kies een collega uit de lijst.");
        }
        String antwoord = leeg(f.waarde("antwoord"));
        if (antwoord != null && antwoord.length() > MAX_ANTWOORD) {
            f.fout(
                    "antwoord",
                    "Het antwoord is " + antwoord.length() + " tekens; houd het onder " + MAX_ANTWOORD + ".");
        }
        if (status == IdeeStatus.BEANTWOORD && antwoord == null) {
            f.fout("antwoord", "Schrijf het antwoord dat de bewoner leest, of kies een andere status.");
        }
        String omgezetNaar = leeg(f.waarde("omgezetNaar"));
        if (omgezetNaar != null && !DOEL.matcher(omgezetNaar).matches()) {
            f.fout(
                    "omgezetNaar",
                    "Schrijf waar het idee in is opgegaan, zoals initiatief/moestuin-assendorp of plan/herinrichting-vechtstraat.");
        }
        if (status == IdeeStatus.OMGEZET && omgezetNaar == null) {
            f.fout("omgezetNaar", "Schrijf waarin het idee is omgezet: een initiatief, een voorstel of een plan.");
        }
        String dubbelVan = leeg(f.waarde("dubbelVan"));
        if (dubbelVan != null && !bestaandIdee.test(dubbelVan)) {
            f.fout("dubbelVan", "Kies het idee waar dit een dubbel van is uit de lijst.");
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        return Optional.of(new IdeeStore.Behandeling(status, behandelaar, antwoord, omgezetNaar, dubbelVan));
    }

    private static String leeg(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }
}
