package nl.buurtstem.opendata.peiling;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Werk;
import nl.buurtstem.opendata.vertaling.Vertaalitem;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.wijk.WijkStore;

/**
 * The staff's side of polls: the pages under /beheer/peilingen/ and the polls' lines on the staff home. Apart from
 * {@link PeilingFeature}, which publishes polls and takes in the answers.
 */
public final class PeilingBeheerFeature implements Feature {

    /** The languages a poll is translated into for the kiosk, besides Dutch. */
    static final List<String> TALEN = List.of("en", "tr", "ar", "pl", "uk");

    private final PeilingPaginas paginas;
    private final Redactie redactie;
    private final Inhoud<Peiling> inhoud;
    private final PeilingWijken wijken;
    private final VertalingStore vertalingen;
    private final Clock clock;
    private final PeilingVoorbeeld voorbeeld;

    public PeilingBeheerFeature(Core core, PeilingFeature peiling, WijkStore wijken, VertalingStore vertalingen) {
        this.redactie = core.staff().redactie(core.json());
        this.inhoud = peiling.beheer().inhoud();
        this.wijken = new PeilingWijken(wijken);
        this.vertalingen = vertalingen;
        this.clock = core.clock();
        this.paginas = new PeilingPaginas(
                core.staff().paginas(), redactie, inhoud, core.staff().audit(), this.wijken, clock);
        this.voorbeeld = new PeilingVoorbeeld(core.staff().paginas(), redactie, inhoud, peiling);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
        voorbeeld.install(cfg);
    }

    /** The polls on the staff home: live, scheduled, in draft, and those still to be translated. */
    public Werk.Bron werk() {
        return () -> {
            Instant nu = clock.instant();
            Map<String, Map<String, Map<String, String>>> vertaald = vertalingen.all();
            List<Werk> werk = new ArrayList<>();
            Set<String> gepubliceerd = new LinkedHashSet<>();
            for (Peiling p : inhoud.all().get()) {
                gepubliceerd.add(p.id());
                PeilingStatus status = PeilingStatus.van(p, nu);
                if (status == PeilingStatus.ACTIEF) {
                    regels(
                            werk,
                            p,
                            Werk.Groep.LIVE,
                            p.eind() == null ? null : "tot " + PeilingFormulier.leesbaar(p.eind()));
                } else if (status == PeilingStatus.GEPLAND) {
                    regels(werk, p, Werk.Groep.GEPLAND, "vanaf " + PeilingFormulier.leesbaar(p.start()));
                }
                if (status == PeilingStatus.ACTIEF || status == PeilingStatus.GEPLAND) {
                    List<String> ontbreekt = TALEN.stream()
                            .filter(t -> !vertaald.getOrDefault("peiling/" + p.id(), Map.of())
                                    .containsKey(t))
                            .toList();
                    List<String> verouderd = TALEN.stream()
                            .filter(t -> !ontbreekt.contains(t))
                            .filter(t -> !vertalingen
                                    .verouderd("peiling/" + p.id(), t, velden(p))
                                    .isEmpty())
                            .toList();
                    List<String> teDoen = new ArrayList<>(ontbreekt);
                    teDoen.addAll(verouderd);
                    if (!teDoen.isEmpty()) {
                        for (String wijk : wijken.elk(p)) {
                            werk.add(new Werk(
                                    wijk,
                                    Werk.Groep.VERTALEN,
                                    "Peiling",
                                    p.vraag(),
                                    toelichting(ontbreekt, verouderd),
                                    "vertalingen/vertaal?item=peiling/" + p.id() + "&taal=" + teDoen.getFirst()));
                        }
                    }
                }
            }
            redactie.concepten(inhoud)
                    .values()
                    .forEach(p -> regels(
                            werk,
                            p,
                            Werk.Groep.CONCEPT,
                            gepubliceerd.contains(p.id())
                                    ? "wijziging, nog niet gepubliceerd"
                                    : "wacht op publiceren"));
            return werk;
        };
    }

    private static String toelichting(List<String> ontbreekt, List<String> verouderd) {
        List<String> delen = new ArrayList<>();
        if (!ontbreekt.isEmpty()) {
            delen.add("ontbreekt: " + String.join(", ", ontbreekt));
        }
        if (!verouderd.isEmpty()) {
            delen.add("Nederlandse tekst gewijzigd sinds de vertaling: " + String.join(", ", verouderd));
        }
        return String.join("; ", delen);
    }

    /** What residents read of an asked poll, by the field names of its translations. */
    private static Map<String, String> velden(Peiling p) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("vraag", p.vraag());
        for (int i = 0; i < p.opties().size(); i++) {
            velden.put("optie" + (i + 1), p.opties().get(i));
        }
        return velden;
    }

    private void regels(List<Werk> werk, Peiling p, Werk.Groep groep, String toelichting) {
        for (String wijk : wijken.elk(p)) {
            werk.add(new Werk(wijk, groep, "Peiling", p.vraag(), toelichting, "peilingen/" + p.id()));
        }
    }

    /**
     * What residents read of the polls now asked or scheduled (the question and each answer) and of the closed ones
     * (the municipality's response, under "Wat er gebeurde").
     */
    public Vertaalitem.Bron vertaalbaar() {
        return () -> {
            Instant nu = clock.instant();
            List<Vertaalitem> items = new ArrayList<>();
            for (Peiling p : inhoud.all().get()) {
                PeilingStatus status = PeilingStatus.van(p, nu);
                if (p.reactie() != null && p.isGesloten(nu)) {
                    Map<String, String> reactie = new LinkedHashMap<>();
                    reactie.put("zei", p.reactie().zei());
                    reactie.put("doen", p.reactie().doen());
                    items.add(new Vertaalitem(
                            "peiling/" + p.id() + "/reactie", "Reactie op peiling", p.vraag(), reactie));
                }
                if (status != PeilingStatus.ACTIEF && status != PeilingStatus.GEPLAND) {
                    continue;
                }
                items.add(new Vertaalitem("peiling/" + p.id(), "Peiling", p.vraag(), velden(p)));
            }
            return items;
        };
    }
}
