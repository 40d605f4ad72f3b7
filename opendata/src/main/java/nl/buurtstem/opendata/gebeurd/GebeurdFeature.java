package nl.buurtstem.opendata.gebeurd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.evaluatie.Evaluatie;
import nl.buurtstem.opendata.evaluatie.EvaluatieStore;
import nl.buurtstem.opendata.idee.GepubliceerdIdee;
import nl.buurtstem.opendata.idee.IdeePublicaties;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingFeature;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.voorbeeld.Werkversie;
import nl.buurtstem.opendata.wijkbudget.Uitvoering;
import nl.buurtstem.opendata.wijkbudget.Wijkbudget;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetFeature;

/**
 * "Wat er gebeurde", the kiosk's sixth tile: per wijk, what became of residents' voice. Closed polls with their
 * results (the same protected figures as the open data) and the municipality's response ("u zei … wij doen …"),
 * wijkbudgetten whose voting ended with their published votes and how far each winner is, the ideas the municipality
 * answered in public, and the evaluations of the wijk's plans and initiatives. Nothing
 * here is new data: it gathers what other rooms already publish, for the kiosk of the wijk.
 */
public final class GebeurdFeature implements Feature {

    private static final int KORT = 280;

    private final PeilingFeature peilingen;
    private final IdeePublicaties ideeen;
    private final WijkbudgetFeature wijkbudgetten;
    private final EvaluatieStore evaluaties;
    private final Function<String, Optional<String>> wijkVan;
    private final Clock clock;

    /**
     * @param wijkVan the wijk of what an evaluation evaluates ("plan/{ref}" or "initiatief/{ref}"), if it is known
     */
    public GebeurdFeature(
            PeilingFeature peilingen,
            IdeePublicaties ideeen,
            WijkbudgetFeature wijkbudgetten,
            EvaluatieStore evaluaties,
            Function<String, Optional<String>> wijkVan,
            Clock clock) {
        this.peilingen = peilingen;
        this.ideeen = ideeen;
        this.wijkbudgetten = wijkbudgetten;
        this.evaluaties = evaluaties;
        this.wijkVan = wijkVan;
        this.clock = clock;
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection("watErGebeurde", kiosk -> voor(kiosk.wijk(), evaluaties.all())));
    }

    /**
     * "Wat er gebeurde" as the kiosks in the wijk of what {@code werk} evaluates would show it with {@code werk} (a
     * draft) in its place among the published evaluations: the staff's preview. Empty when it evaluates nothing in a
     * known wijk, as then no kiosk shows it.
     */
    public Optional<Map<String, Object>> metEvaluatie(Evaluatie werk) {
        return wijkVan.apply(werk.evalueert())
                .map(wijk -> voor(wijk, Werkversie.tussen(evaluaties.all(), werk, Evaluatie::id)));
    }

    private Map<String, Object> voor(String wijk, List<Evaluatie> alle) {
        Instant nu = clock.instant();
        List<Map<String, Object>> gesloten = new ArrayList<>();
        for (Peiling p : peilingen.peilingen().askedIn(wijk)) {
            if (!p.isGesloten(nu)) {
                continue;
            }
            long[] getoond = peilingen.stand(p).getoondPerOptie(p.opties().size(), wijk);
            List<Map<String, Object>> opties = new ArrayList<>();
            for (int i = 0; i < getoond.length; i++) {
                opties.add(Map.of("tekst", p.opties().get(i), "aantal", getoond[i]));
            }
            Map<String, Object> peiling = new LinkedHashMap<>();
            peiling.put("id", p.id());
            peiling.put("vraag", p.vraag());
            peiling.put("opties", opties);
            if (p.reactie() != null) {
                peiling.put(
                        "reactie",
                        Map.of("zei", p.reactie().zei(), "doen", p.reactie().doen()));
            }
            gesloten.add(peiling);
        }
        List<Map<String, Object>> beantwoord = new ArrayList<>();
        for (GepubliceerdIdee idee : ideeen.all()) {
            if (idee.antwoord() != null && Objects.equals(wijk, idee.wijk())) {
                Map<String, Object> regel = new LinkedHashMap<>();
                regel.put("id", idee.id());
                regel.put("tekst", idee.tekst());
                regel.put("antwoord", idee.antwoord());
                regel.put("status", idee.status());
                beantwoord.add(regel);
            }
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("peilingen", gesloten);
        section.put("wijkbudgetten", wijkbudgetten(wijk, nu));
        section.put("ideeen", beantwoord);
        section.put("evaluaties", evaluaties(wijk, alle));
        return section;
    }

    /** What came out, short enough to read standing at the kiosk: whole sentences up to about 280 characters. */
    static String kort(String tekst) {
        if (tekst == null || tekst.length() <= KORT) {
            return tekst;
        }
        int zin = tekst.lastIndexOf(". ", KORT);
        if (zin > KORT / 3) {
            return tekst.substring(0, zin + 1);
        }
        int spatie = tekst.lastIndexOf(' ', KORT);
        return tekst.substring(0, spatie > 0 ? spatie : KORT) + " …";
    }

    /** Evaluations of the wijk's plans and initiatives, newest first: title, date and what came out. */
    private List<Map<String, Object>> evaluaties(String wijk, List<Evaluatie> alle) {
        List<Map<String, Object>> lijst = new ArrayList<>();
        alle.stream()
                .filter(e -> wijkVan.apply(e.evalueert()).filter(wijk::equals).isPresent())
                .sorted(Comparator.comparing(
                        Evaluatie::datum, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())))
                .forEach(e -> {
                    Map<String, Object> regel = new LinkedHashMap<>();
                    regel.put("id", e.id());
                    regel.put("evalueert", e.evalueert());
                    regel.put("titel", e.titel());
                    regel.put("datum", e.datum() == null ? null : e.datum().toString());
                    regel.put("uitkomsten", kort(e.uitkomsten()));
                    lijst.add(regel);
                });
        return lijst;
    }

    /**
     * Wijkbudgetten of the wijk whose voting ended, each proposal with its votes as published, most first, whether it
     * won, and for a winner how far it is.
     */
    private List<Map<String, Object>> wijkbudgetten(String wijk, Instant nu) {
        List<Map<String, Object>> klaar = new ArrayList<>();
        for (Wijkbudget w : wijkbudgetten.store().all()) {
            if (!Objects.equals(wijk, w.wijk()) || !w.isGesloten(nu)) {
                continue;
            }
            List<Map<String, Object>> voorstellen = new ArrayList<>();
            List<Wijkbudget.Voorstel> winnaars = wijkbudgetten.winnaars(w, nu);
            Map<String, Uitvoering> uitvoering = wijkbudgetten.uitvoering().van(w.id());
            wijkbudgetten.getoondeUitslag(w).forEach((v, aantal) -> {
                Map<String, Object> regel = new LinkedHashMap<>();
                regel.put("id", v.id());
                regel.put("titel", v.titel());
                regel.put("bedrag", v.bedrag());
                regel.put("aantal", aantal);
                regel.put("gewonnen", winnaars.contains(v));
                Uitvoering u = uitvoering.get(v.id());
                if (u != null && winnaars.contains(v)) {
                    Map<String, Object> hoeVer = new LinkedHashMap<>();
                    hoeVer.put("status", u.status().code());
                    hoeVer.put("notitie", u.notitie());
                    hoeVer.put("datum", u.datum() == null ? null : u.datum().toString());
                    regel.put("uitvoering", hoeVer);
                }
                voorstellen.add(regel);
            });
            voorstellen.sort(Comparator.comparing(
                    (Map<String, Object> r) -> (Long) r.get("aantal"),
                    Comparator.nullsLast(Comparator.reverseOrder())));
            Map<String, Object> budget = new LinkedHashMap<>();
            budget.put("id", w.id());
            budget.put("titel", w.titel());
            budget.put("bedrag", w.bedrag());
            budget.put("voorstellen", voorstellen);
            klaar.add(budget);
        }
        return klaar;
    }
}
