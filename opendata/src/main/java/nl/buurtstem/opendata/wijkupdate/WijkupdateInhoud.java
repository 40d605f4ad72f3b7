package nl.buurtstem.opendata.wijkupdate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.idee.GepubliceerdIdee;
import nl.buurtstem.opendata.idee.IdeePublicaties;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.peiling.GetoondeStand;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingFeature;
import nl.buurtstem.opendata.plan.Plan;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.wijk.Wijknamen;
import nl.buurtstem.opendata.wijkbudget.Wijkbudget;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetFeature;

/**
 * Gathers a wijk's update for a month from what the other rooms publish. Figures come from the rooms' own published
 * results (poll cells as protected for the open data, wijkbudget votes as published), never counted here.
 */
final class WijkupdateInhoud {

    private static final int MOMENTEN = 6;
    private static final int IDEEEN = 4;

    private final PeilingFeature peilingen;
    private final PlanStore plannen;
    private final IdeePublicaties ideeen;
    private final WijkbudgetFeature wijkbudgetten;
    private final Wijknamen wijknamen;
    private final Iris iris;
    private final Clock clock;

    WijkupdateInhoud(
            PeilingFeature peilingen,
            PlanStore plannen,
            IdeePublicaties ideeen,
            WijkbudgetFeature wijkbudgetten,
            Wijknamen wijknamen,
            Iris iris,
            Clock clock) {
        this.peilingen = peilingen;
        this.plannen = plannen;
        this.ideeen = ideeen;
        this.wijkbudgetten = wijkbudgetten;
        this.wijknamen = wijknamen;
        this.iris = iris;
        this.clock = clock;
    }

    Wijkupdate voor(String wijk, YearMonth maand) {
        Instant nu = clock.instant();
        return new Wijkupdate(
                wijknamen.naam(wijk),
                maand,
                iris.doc("wijk", wijk),
                momenten(wijk, maand, nu),
                peilingen(wijk, maand, nu),
                ideeen(wijk, maand),
                wijkbudgetten(wijk, maand, nu));
    }

    /** Moments from the start of the month (or from now, for this month), soonest first. */
    private List<Wijkupdate.Moment> momenten(String wijk, YearMonth maand, Instant nu) {
        LocalDateTime vanaf = maand.atDay(1).atStartOfDay();
        LocalDateTime nuHier = LocalDateTime.ofInstant(nu, Gemeentetijd.ZONE);
        if (nuHier.isAfter(vanaf)) {
            vanaf = nuHier;
        }
        List<Wijkupdate.Moment> result = new ArrayList<>();
        for (Plan p : plannen.inWijk(wijk)) {
            for (Plan.Participatiemoment m : p.momenten()) {
                if (m.wanneer() != null && !m.wanneer().isBefore(vanaf)) {
                    result.add(new Wijkupdate.Moment(p.titel(), m.wat(), m.wanneer(), m.waar()));
                }
            }
        }
        result.sort(Comparator.comparing(Wijkupdate.Moment::wanneer));
        return result.subList(0, Math.min(MOMENTEN, result.size()));
    }

    private List<Wijkupdate.Uitslag> peilingen(String wijk, YearMonth maand, Instant nu) {
        List<Wijkupdate.Uitslag> result = new ArrayList<>();
        for (Peiling p : peilingen.peilingen().askedIn(wijk)) {
            if (!p.isGesloten(nu)
                    || !YearMonth.from(p.eind().atZone(Gemeentetijd.ZONE)).equals(maand)) {
                continue;
            }
            GetoondeStand uitslag = peilingen.stand(p);
            long[] getoond = uitslag.getoondPerOptie(p.opties().size(), wijk);
            boolean[] verborgen = uitslag.verborgenPerOptie(p.opties().size(), wijk);
            List<Wijkupdate.Optie> opties = new ArrayList<>();
            for (int i = 0; i < getoond.length; i++) {
                // An option with a held-back total shows no figure at all: a shown part plus the total elsewhere
                // could give the held-back part back.
                opties.add(new Wijkupdate.Optie(p.opties().get(i), verborgen[i] ? null : getoond[i]));
            }
            Peiling.Reactie r = p.reactie();
            result.add(
                    new Wijkupdate.Uitslag(p.vraag(), opties, r == null ? null : r.zei(), r == null ? null : r.doen()));
        }
        return result;
    }

    /** Answered ideas that came in up to the month, latest first: their public text and answer only. */
    private List<Wijkupdate.Antwoord> ideeen(String wijk, YearMonth maand) {
        return ideeen.all().stream()
                .filter(i -> i.antwoord() != null && Objects.equals(wijk, i.wijk()))
                .filter(i -> i.maand() == null || i.maand().compareTo(maand.toString()) <= 0)
                .sorted(Comparator.comparing(GepubliceerdIdee::maand, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(IDEEEN)
                .map(i -> new Wijkupdate.Antwoord(i.tekst(), i.antwoord()))
                .toList();
    }

    /** Wijkbudgetten open now, and those whose voting ended in the month with their published result. */
    private List<Wijkupdate.Budget> wijkbudgetten(String wijk, YearMonth maand, Instant nu) {
        List<Wijkupdate.Budget> result = new ArrayList<>();
        for (Wijkbudget w : wijkbudgetten.store().all()) {
            if (!Objects.equals(wijk, w.wijk())) {
                continue;
            }
            if (!w.isGesloten(nu)) {
                result.add(new Wijkupdate.Budget(w.titel(), w.bedrag(), true, w.eind(), List.of()));
            } else if (YearMonth.from(w.eind().atZone(Gemeentetijd.ZONE)).equals(maand)) {
                List<Wijkbudget.Voorstel> winnaars = wijkbudgetten.winnaars(w, nu);
                List<Wijkupdate.Voorstel> voorstellen = new ArrayList<>();
                wijkbudgetten
                        .getoondeUitslag(w)
                        .forEach((v, stemmen) -> voorstellen.add(
                                new Wijkupdate.Voorstel(v.titel(), v.bedrag(), stemmen, winnaars.contains(v))));
                voorstellen.sort(Comparator.comparing(
                        Wijkupdate.Voorstel::stemmen, Comparator.nullsLast(Comparator.reverseOrder())));
                result.add(new Wijkupdate.Budget(w.titel(), w.bedrag(), false, w.eind(), voorstellen));
            }
        }
        return result;
    }
}
