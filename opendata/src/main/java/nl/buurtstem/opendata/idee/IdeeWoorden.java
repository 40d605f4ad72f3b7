package nl.buurtstem.opendata.idee;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Rol;

/** How the inbox pages name an idea's parts to staff, and who may do what with it. */
final class IdeeWoorden {

    static final DateTimeFormatter WANNEER = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm", Locale.forLanguageTag("nl"))
            .withZone(Gemeentetijd.ZONE);

    private IdeeWoorden() {}

    static boolean magPubliceren(Medewerker wie) {
        return wie.rol() == Rol.IDEEENMAKELAAR || wie.rol().mag(Rol.PUBLISHER);
    }

    static boolean magContactZien(Medewerker wie) {
        return wie.rol() == Rol.IDEEENMAKELAAR || wie.rol().mag(Rol.PUBLISHER);
    }

    static List<Optie> statussen() {
        return List.of(IdeeStatus.values()).stream()
                .map(s -> new Optie(s.code(), s.woord()))
                .toList();
    }

    static String contextTekst(String context) {
        int slash = context.indexOf('/');
        String soort = context.substring(0, slash);
        return ("peiling".equals(soort) ? "Peiling " : "Plan ") + context.substring(slash + 1);
    }

    static String contextLink(String context) {
        return context.startsWith("peiling/") ? "/beheer/peilingen/" + context.substring(8) : "/doc/" + context;
    }

    static String begin(String tekst) {
        return tekst.length() <= 90 ? tekst : tekst.substring(0, 87).strip() + "…";
    }

    static String leegIsNull(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }
}
