package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.Tijdveld;

/**
 * The poll form's fields and their checks, in the words of the person filling it in. Times are typed in Dutch time
 * (Europe/Amsterdam), as a datetime-local field sends them or as people write them (12-05-2027 09:00).
 */
final class PeilingFormulier {

    static final int MAX_VRAAG = 160;
    static final int MAX_OPTIE = 40;
    static final int OPTIES = 5;
    static final String ALLE_WIJKEN = "alle";

    private PeilingFormulier() {}

    /** The form filled in with what {@code p} says. */
    static Formulier van(Peiling p) {
        Formulier f = Formulier.leeg()
                .zet("vraag", p.vraag())
                .zet("soort", p.soort())
                .zet("start", veld(p.start()))
                .zet("eind", veld(p.eind()))
                .zet("volgorde", p.volgorde() == null ? "" : p.volgorde().toString());
        if (PeilingSoort.van(p.soort()).map(s -> s.vasteOpties().isEmpty()).orElse(true)) {
            for (int i = 0; i < OPTIES; i++) {
                f.zet("optie" + (i + 1), i < p.opties().size() ? p.opties().get(i) : "");
            }
        }
        List<String> wijken =
                !p.wijken().isEmpty() ? p.wijken() : p.wijk() != null ? List.of(p.wijk()) : List.of(ALLE_WIJKEN);
        f.zet("wijken", wijken);
        if (p.vraagVanDeWeek()) {
            f.zet("vraagVanDeWeek", "ja");
        }
        if (p.reactie() != null) {
            f.zet("zei", p.reactie().zei()).zet("doen", p.reactie().doen());
        }
        return f;
    }

    /**
     * The poll the form describes, or empty with an error noted next to each field that is not right.
     *
     * @param bekend the poll as it is now (published or draft), whose archive flag and demo mark carry over
     */
    static Optional<Peiling> lees(Formulier f, String id, Medewerker wie, Optional<Peiling> bekend, Instant nu) {
        String vraag = f.waarde("vraag");
        if (vraag.isEmpty()) {
            f.fout("vraag", "Vul de vraag in die bewoners op de kiosk lezen.");
        } else if (vraag.length() > MAX_VRAAG) {
            f.fout(
                    "vraag",
                    "De vraag is te lang: " + vraag.length() + " tekens. Maak hem korter dan " + MAX_VRAAG
                            + " tekens; korte vragen zijn beter te lezen.");
        }
        Optional<PeilingSoort> soort = PeilingSoort.van(f.waarde("soort"));
        if (soort.isEmpty()) {
            f.fout("soort", "Kies hoe bewoners antwoorden.");
        }
        List<String> opties = soort.map(PeilingSoort::vasteOpties).orElse(List.of());
        if (soort.isPresent() && opties.isEmpty()) {
            opties = eigenOpties(f);
        }
        List<String> wijken = f.waarden("wijken");
        if (wie.rol() == Rol.WIJKPANEL) {
            if (wijken.isEmpty() || !wijken.stream().allMatch(wie::werktVoor)) {
                f.fout("wijken", "Als lid van een wijkpanel kiest u alleen uw eigen wijk.");
            }
        } else if (wijken.isEmpty()) {
            f.fout("wijken", "Kies minstens één wijk, of Alle wijken.");
        }
        Instant start = tijd(f, "start");
        Instant eind = tijd(f, "eind");
        if (start != null && eind != null && !eind.isAfter(start)) {
            f.fout("eind", "Het einde moet na het begin liggen. Kies een later einde.");
        } else if (eind != null && !eind.isAfter(nu) && !f.heeftFout("eind")) {
            f.fout("eind", "Dit einde is al voorbij. Kies een moment in de toekomst, of sluit de peiling met de knop.");
        }
        Integer volgorde = null;
        if (!f.waarde("volgorde").isEmpty()) {
            try {
                volgorde = Integer.parseInt(f.waarde("volgorde"));
                if (volgorde < 1 || volgorde > 999) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                f.fout("volgorde", "Vul een heel getal in van 1 tot 999, of laat het leeg.");
            }
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        boolean alle = wijken.contains(ALLE_WIJKEN);
        String wijk = !alle && wijken.size() == 1 ? wijken.getFirst() : null;
        List<String> meer = !alle && wijken.size() > 1 ? wijken : List.of();
        return Optional.of(new Peiling(
                id,
                wijk,
                vraag,
                opties,
                bekend.map(Peiling::demo).orElse(false),
                soort.get().code(),
                meer,
                start,
                eind,
                volgorde,
                f.gekozen("vraagVanDeWeek", "ja"),
                bekend.map(Peiling::gearchiveerd).orElse(false),
                bekend.map(Peiling::reactie).orElse(null)));
    }

    private static List<String> eigenOpties(Formulier f) {
        List<String> opties = new ArrayList<>();
        for (int i = 1; i <= OPTIES; i++) {
            String optie = f.waarde("optie" + i);
            if (optie.length() > MAX_OPTIE) {
                f.fout(
                        "optie" + i,
                        "Dit antwoord is te lang: maximaal " + MAX_OPTIE + " tekens, zodat het op de knop past.");
            }
            if (!optie.isEmpty()) {
                opties.add(optie);
            }
        }
        if (opties.size() < 2) {
            f.fout(opties.isEmpty() ? "optie1" : "optie2", "Vul bij meerkeuze minstens twee antwoorden in.");
        }
        return opties;
    }

    private static Instant tijd(Formulier f, String veld) {
        return Tijdveld.lees(f, veld);
    }

    static String veld(Instant tijd) {
        return Tijdveld.veld(tijd);
    }

    /** "12 mei 2027 om 09:00", for lists and messages. */
    static String leesbaar(Instant tijd) {
        return Tijdveld.leesbaar(tijd);
    }
}
