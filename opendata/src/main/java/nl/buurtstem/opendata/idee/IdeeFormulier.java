package nl.buurtstem.opendata.idee;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.staff.Formulier;

/** The form that deals with an idea: its values from an idea, and back, with errors in plain Dutch. */
final class IdeeFormulier {

    static final int MAX_ANTWOORD = 2000;
    private static final Pattern PERSOONLIJK =
            Pattern.compile("[^\\s@]+@[^\\s@]+\\.[a-zA-Z]{2,}|(\\+31|0)[\\s-]?\\d([\\s-]?\\d){8}");
    private static final DateTimeFormatter MAAND =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(Gemeentetijd.ZONE);

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
    static Optional<IdeeStore.Behandeling> lees(
            Formulier f, List<String> medewerkers, Predicate<String> bekendDoel, Predicate<String> bestaandIdee) {
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
        if (omgezetNaar != null && !bekendDoel.test(omgezetNaar)) {
            f.fout(
                    "omgezetNaar",
                    "Kies uit de lijst waarin het idee is opgegaan: een initiatief, een plan of een voorstel.");
        }
        if (status == IdeeStatus.OMGEZET && omgezetNaar == null) {
            f.fout("omgezetNaar", "Kies waarin het idee is omgezet: een initiatief, een plan of een voorstel.");
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

    /** The idea as the open data will show it, from the cleaned text staff typed; empty with errors on {@code f}. */
    static Optional<GepubliceerdIdee> openbaar(Formulier f, Idee idee, String id) {
        String tekst = f.waarde("openbareTekst");
        if (tekst.isEmpty()) {
            f.fout("openbareTekst", "Schrijf het idee over in eigen woorden, zonder namen of adressen.");
        } else if (tekst.length() > 1000) {
            f.fout("openbareTekst", "De tekst is " + tekst.length() + " tekens; houd het onder 1000.");
        } else if (PERSOONLIJK.matcher(tekst).find()) {
            f.fout("openbareTekst", "Haal het e-mailadres of telefoonnummer uit de tekst.");
        }
        if (idee.antwoord() != null && PERSOONLIJK.matcher(idee.antwoord()).find()) {
            f.fout("antwoord", "Haal het e-mailadres of telefoonnummer uit het antwoord en sla het op.");
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        return Optional.of(new GepubliceerdIdee(
                id,
                idee.wijk(),
                idee.thema(),
                tekst,
                MAAND.format(idee.ontvangen()),
                idee.status().code(),
                idee.antwoord(),
                idee.context(),
                idee.omgezetNaar()));
    }

    private static String leeg(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }
}
