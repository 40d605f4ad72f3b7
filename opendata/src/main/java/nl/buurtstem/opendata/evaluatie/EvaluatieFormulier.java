package nl.buurtstem.opendata.evaluatie;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.InhoudPaginas;
import nl.buurtstem.opendata.staff.Optie;

/** The evaluation form: what it evaluates (by title), goals, indicators as rows, outcomes and lessons. */
final class EvaluatieFormulier implements InhoudPaginas.Formulieren<Evaluatie> {

    static final int INDICATOREN = 3;

    private final Supplier<List<Optie>> evalueerbaar;

    /** @param evalueerbaar the plans and initiatives one can evaluate: "plan/{ref}" with its title */
    EvaluatieFormulier(Supplier<List<Optie>> evalueerbaar) {
        this.evalueerbaar = evalueerbaar;
    }

    @Override
    public List<Optie> keuzes() {
        return evalueerbaar.get();
    }

    @Override
    public Formulier formulier(Evaluatie e) {
        Formulier f = Formulier.leeg()
                .zet("titel", e.titel())
                .zet("evalueert", e.evalueert())
                .zet("datum", e.datum() == null ? "" : e.datum().toString())
                .zet("doelen", String.join("\n", e.doelen()))
                .zet("uitkomsten", e.uitkomsten() == null ? "" : e.uitkomsten())
                .zet("lessen", String.join("\n", e.lessen()));
        for (int i = 0; i < e.indicatoren().size() && i < INDICATOREN; i++) {
            Evaluatie.Indicator ind = e.indicatoren().get(i);
            String r = "indicator" + (i + 1);
            f.zet(r + "-naam", ind.naam())
                    .zet(r + "-eenheid", ind.eenheid() == null ? "" : ind.eenheid())
                    .zet(r + "-nulmeting", getal(ind.nulmeting()))
                    .zet(r + "-streefwaarde", getal(ind.streefwaarde()))
                    .zet(r + "-gemeten", getal(ind.gemeten()));
        }
        return f;
    }

    @Override
    public Optional<Evaluatie> lees(Context ctx, Formulier f, String id, Optional<Evaluatie> bestaand) {
        if (f.waarde("titel").isEmpty()) {
            f.fout("titel", "Vul de titel in, bijvoorbeeld: Wat leverde de nieuwe Vechtstraat op?");
        }
        String evalueert = f.waarde("evalueert");
        if (evalueerbaar.get().stream().noneMatch(o -> o.waarde().equals(evalueert))) {
            f.fout("evalueert", "Kies het plan of initiatief dat u evalueert.");
        }
        LocalDate datum = null;
        if (!f.waarde("datum").isEmpty()) {
            try {
                datum = LocalDate.parse(f.waarde("datum"));
            } catch (DateTimeParseException e) {
                f.fout("datum", "Dit is geen datum. Schrijf het zo: 2027-06-30.");
            }
        }
        List<Evaluatie.Indicator> indicatoren = new ArrayList<>();
        for (int i = 1; i <= INDICATOREN; i++) {
            String r = "indicator" + i;
            if (f.waarde(r + "-naam").isEmpty()
                    && f.waarde(r + "-nulmeting").isEmpty()
                    && f.waarde(r + "-streefwaarde").isEmpty()
                    && f.waarde(r + "-gemeten").isEmpty()) {
                continue;
            }
            if (f.waarde(r + "-naam").isEmpty()) {
                f.fout(r + "-naam", "Geef indicator " + i + " een naam, bijvoorbeeld: Fietsers per dag.");
            }
            indicatoren.add(new Evaluatie.Indicator(
                    f.waarde(r + "-naam"),
                    f.waarde(r + "-eenheid"),
                    getal(f, r + "-nulmeting"),
                    getal(f, r + "-streefwaarde"),
                    getal(f, r + "-gemeten")));
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        return Optional.of(new Evaluatie(
                id,
                evalueert,
                f.waarde("titel"),
                datum,
                regels(f.waarde("doelen")),
                indicatoren,
                f.waarde("uitkomsten"),
                regels(f.waarde("lessen"))));
    }

    private static BigDecimal getal(Formulier f, String veld) {
        String tekst = f.waarde(veld).replace(",", ".");
        if (tekst.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(tekst);
        } catch (NumberFormatException e) {
            f.fout(veld, "Dit is geen getal. Schrijf bijvoorbeeld 120 of 4,5.");
            return null;
        }
    }

    private static String getal(BigDecimal d) {
        return d == null ? "" : d.toPlainString().replace('.', ',');
    }

    private static List<String> regels(String tekst) {
        return Arrays.stream(tekst.split("\n"))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    }

    @Override
    public String titel(Evaluatie e) {
        return e.titel();
    }

    @Override
    public String wijk(Evaluatie e) {
        return null;
    }
}
