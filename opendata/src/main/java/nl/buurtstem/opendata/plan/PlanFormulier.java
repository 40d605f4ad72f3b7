package nl.buurtstem.opendata.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.staff.Formulier;

/**
 * The plan form's fields and their checks, in the words of the person filling it in. Phases, moments and documents
 * are rows of the same fields (fase1-naam, fase2-naam ...), so the form works without scripts. Times are Dutch time.
 */
final class PlanFormulier {

    static final int FASEN = 5;
    static final int MOMENTEN = 4;
    static final int NIEUWE_DOCUMENTEN = 2;
    static final int MAX_TITEL = 100;
    static final int MAX_SAMENVATTING = 600;

    private static final List<DateTimeFormatter> DATUM =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d-M-yyyy"));
    private static final List<DateTimeFormatter> TIJD = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("d-M-yyyy H:mm"));

    private PlanFormulier() {}

    static Formulier van(Plan p) {
        Formulier f = Formulier.leeg()
                .zet("titel", p.titel())
                .zet("samenvatting", p.samenvatting() == null ? "" : p.samenvatting())
                .zet("wijk", p.wijk() == null ? "" : p.wijk());
        for (int i = 0; i < p.fasen().size() && i < FASEN; i++) {
            Plan.Fase fase = p.fasen().get(i);
            String r = "fase" + (i + 1);
            f.zet(r + "-naam", fase.naam())
                    .zet(r + "-van", fase.van() == null ? "" : fase.van().toString())
                    .zet(r + "-tot", fase.tot() == null ? "" : fase.tot().toString());
        }
        for (int i = 0; i < p.momenten().size() && i < MOMENTEN; i++) {
            Plan.Participatiemoment m = p.momenten().get(i);
            String r = "moment" + (i + 1);
            f.zet(r + "-wat", m.wat())
                    .zet(r + "-wanneer", m.wanneer() == null ? "" : m.wanneer().format(TIJD.getFirst()))
                    .zet(r + "-waar", m.waar() == null ? "" : m.waar())
                    .zet(r + "-hoe", m.hoe() == null ? "" : m.hoe());
        }
        for (int i = 0; i < p.documenten().size(); i++) {
            Plan.Document d = p.documenten().get(i);
            f.zet("doc" + (i + 1) + "-titel", d.titel()).zet("doc" + (i + 1) + "-url", d.url());
        }
        f.zet("documenten", Integer.toString(p.documenten().size()));
        return f;
    }

    /**
     * The plan the form describes, or empty with an error next to each field that is not right. Uploaded documents
     * are already stored and their addresses in the form ({@code nieuwN-url}), so an error elsewhere loses none.
     */
    static Optional<Plan> lees(Formulier f, String id, boolean demo) {
        String titel = f.waarde("titel");
        if (titel.isEmpty()) {
            f.fout("titel", "Vul de titel van het plan in.");
        } else if (titel.length() > MAX_TITEL) {
            f.fout("titel", "De titel is te lang: maximaal " + MAX_TITEL + " tekens.");
        }
        if (f.waarde("samenvatting").length() > MAX_SAMENVATTING) {
            f.fout(
                    "samenvatting",
                    "De samenvatting is te lang: " + f.waarde("samenvatting").length() + " tekens. Maximaal "
                            + MAX_SAMENVATTING + ".");
        }
        if (f.waarde("wijk").isEmpty()) {
            f.fout("wijk", "Kies de wijk van het plan.");
        }
        List<Plan.Fase> fasen = new ArrayList<>();
        for (int i = 1; i <= FASEN; i++) {
            String r = "fase" + i;
            if (leeg(f, r + "-naam", r + "-van", r + "-tot")) {
                continue;
            }
            if (f.waarde(r + "-naam").isEmpty()) {
                f.fout(r + "-naam", "Geef fase " + i + " een naam, bijvoorbeeld: Ontwerp.");
            }
            LocalDate van = datum(f, r + "-van");
            LocalDate tot = datum(f, r + "-tot");
            if (van != null && tot != null && tot.isBefore(van)) {
                f.fout(r + "-tot", "Fase " + i + " eindigt voordat ze begint. Kies een latere einddatum.");
            }
            fasen.add(new Plan.Fase(f.waarde(r + "-naam"), van, tot));
        }
        List<Plan.Participatiemoment> momenten = new ArrayList<>();
        for (int i = 1; i <= MOMENTEN; i++) {
            String r = "moment" + i;
            if (leeg(f, r + "-wat", r + "-wanneer", r + "-waar", r + "-hoe")) {
                continue;
            }
            if (f.waarde(r + "-wat").isEmpty()) {
                f.fout(r + "-wat", "Schrijf wat er gebeurt, bijvoorbeeld: Inloopavond.");
            }
            LocalDateTime wanneer = tijd(f, r + "-wanneer");
            if (wanneer == null && !f.heeftFout(r + "-wanneer")) {
                f.fout(r + "-wanneer", "Vul de datum en tijd in.");
            }
            if (f.waarde(r + "-waar").isEmpty()) {
                f.fout(r + "-waar", "Schrijf waar het is, bijvoorbeeld: Buurthuis De Kroon.");
            }
            momenten.add(new Plan.Participatiemoment(
                    f.waarde(r + "-wat"), wanneer, f.waarde(r + "-waar"), leegIsNull(f.waarde(r + "-hoe"))));
        }
        List<Plan.Document> documenten = new ArrayList<>();
        int bestaand = getal(f.waarde("documenten"));
        for (int i = 1; i <= bestaand; i++) {
            if (!f.gekozen("doc" + i + "-weg", "ja")
                    && !f.waarde("doc" + i + "-url").isEmpty()) {
                String t = f.waarde("doc" + i + "-titel");
                if (t.isEmpty()) {
                    f.fout("doc" + i + "-titel", "Geef het document een titel.");
                }
                documenten.add(new Plan.Document(t, f.waarde("doc" + i + "-url")));
            }
        }
        for (int i = 1; i <= NIEUWE_DOCUMENTEN; i++) {
            String url = f.waarde("nieuw" + i + "-url");
            if (!url.isEmpty()) {
                String t = f.waarde("nieuw" + i + "-titel");
                if (t.isEmpty()) {
                    f.fout("nieuw" + i + "-titel", "Geef het document een titel, bijvoorbeeld: Ontwerp Vechtstraat.");
                }
                documenten.add(new Plan.Document(t, url));
            }
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(
                id, f.waarde("wijk"), titel, leegIsNull(f.waarde("samenvatting")), fasen, momenten, demo, documenten));
    }

    private static boolean leeg(Formulier f, String... velden) {
        for (String v : velden) {
            if (!f.waarde(v).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate datum(Formulier f, String veld) {
        if (f.waarde(veld).isEmpty()) {
            return null;
        }
        for (DateTimeFormatter formaat : DATUM) {
            try {
                return LocalDate.parse(f.waarde(veld), formaat);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        f.fout(veld, "Dit is geen datum. Schrijf het zo: 12-05-2027.");
        return null;
    }

    private static LocalDateTime tijd(Formulier f, String veld) {
        if (f.waarde(veld).isEmpty()) {
            return null;
        }
        for (DateTimeFormatter formaat : TIJD) {
            try {
                return LocalDateTime.parse(f.waarde(veld), formaat);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        f.fout(veld, "Dit is geen datum met tijd. Schrijf het zo: 12-05-2027 19:30.");
        return null;
    }

    private static String leegIsNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static int getal(String s) {
        try {
            return Math.min(50, Math.max(0, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
