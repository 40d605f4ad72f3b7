package nl.buurtstem.opendata.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.buurtstem.opendata.initiatief.Initiatief;
import nl.buurtstem.opendata.initiatief.InitiatiefStore;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.plan.Plan;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.wijk.Gebiedsagenda;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;

/**
 * Demonstration content for Zwolle (GM0193): real wijken with their CBS codes, invented polls, plans and
 * initiatives, each marked as demo so nobody takes them for a real consultation.
 */
public final class DemoContent {

    public static final String GEMEENTE = "GM0193";
    public static final String WIJK_DIEZERPOORT = "WK019311";

    private DemoContent() {}

    /** Seeds only an empty database, so a second run keeps what the first one did. */
    public static void seedIfEmpty(
            WijkStore wijken, PeilingStore peilingen, PlanStore plannen, InitiatiefStore initiatieven) {
        if (!wijken.all().isEmpty()) {
            return;
        }
        List.of(
                        new Wijk("WK019310", "Binnenstad", GEMEENTE, 2025),
                        new Wijk(WIJK_DIEZERPOORT, "Diezerpoort", GEMEENTE, 2025),
                        new Wijk("WK019313", "Assendorp", GEMEENTE, 2025),
                        new Wijk("WK019330", "Holtenbroek", GEMEENTE, 2025),
                        new Wijk("WK019331", "Aa-landen", GEMEENTE, 2025))
                .forEach(wijken::save);

        peilingen.save(new Peiling(
                "speelplek-diezerpoort",
                WIJK_DIEZERPOORT,
                "Wat wilt u het liefst op het lege veld aan de Vechtstraat?",
                List.of("Een speeltuin", "Een moestuin", "Bankjes en bomen", "Laat het zo"),
                true));
        peilingen.save(new Peiling(
                "veilig-in-de-wijk",
                null,
                "Voelt u zich veilig als u 's avonds in uw wijk loopt?",
                List.of("Ja", "Soms", "Nee"),
                true));

        plannen.save(new Plan(
                "herinrichting-vechtstraat",
                WIJK_DIEZERPOORT,
                "Nieuwe inrichting Vechtstraat",
                "De gemeente maakt de Vechtstraat groener en veiliger voor fietsers. U kunt meedenken over het ontwerp.",
                List.of(
                        new Plan.Fase("Ideeën ophalen", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)),
                        new Plan.Fase("Ontwerp", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31)),
                        new Plan.Fase("Uitvoering", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 3, 31))),
                List.of(new Plan.Participatiemoment(
                        "Inloopavond over het ontwerp",
                        LocalDateTime.of(2026, 12, 10, 19, 30),
                        "Buurthuis De Kroon",
                        "Kom langs, er is koffie. Aanmelden is niet nodig.",
                        new Plan.Adres("Voorbeeldstraat 1", null, "Zwolle"))),
                true));
        plannen.save(new Plan(
                "groen-schoolplein-holtenbroek",
                "WK019330",
                "Groen schoolplein Holtenbroek",
                "Het plein van de basisschool wordt een groene speelplek die na schooltijd open is voor de buurt.",
                List.of(
                        new Plan.Fase("Ontwerp met kinderen", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
                        new Plan.Fase("Aanleg", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 7, 15))),
                List.of(new Plan.Participatiemoment(
                        "Tekenmiddag voor kinderen en ouders",
                        LocalDateTime.of(2026, 12, 3, 14, 0),
                        "Buurthuis Holtenbroek",
                        "Teken mee hoe het plein eruit kan zien.")),
                true));

        initiatieven.save(new Initiatief(
                "buurtmoestuin-diezerpoort",
                WIJK_DIEZERPOORT,
                "Buurtmoestuin Diezerpoort",
                "Vijf buren begonnen met twee bakken aarde. Nu oogsten dertig gezinnen samen groente.",
                "Wilt u meedoen? Vraag bij de balie van het buurthuis naar de ideeënmakelaar.",
                true));
        initiatieven.save(new Initiatief(
                "repair-cafe-aa-landen",
                "WK019331",
                "Repair Café Aa-landen",
                "Elke eerste zaterdag repareren vrijwilligers samen met bewoners kapotte spullen.",
                "Meedoen als vrijwilliger? De ideeënmakelaar van de gemeente brengt u in contact.",
                true));
    }

    /** The invented gebiedsagendas: Diezerpoort's (the demo kiosk's wijk) and Holtenbroek's. */
    static final List<Gebiedsagenda> GEBIEDSAGENDAS = List.of(
            new Gebiedsagenda(
                    WIJK_DIEZERPOORT,
                    List.of("Meer groen en minder stenen in de straten", "Veilig lopen en fietsen naar school"),
                    List.of("De Vechtstraat groener en veiliger maken", "Een plek om te spelen op het lege veld")),
            new Gebiedsagenda(
                    "WK019330",
                    List.of("Meer groen en schaduw in de straten", "Jong en oud ontmoeten elkaar in de wijk"),
                    List.of("Een groen schoolplein bij de basisschool", "Een ontmoetingsplek in het buurthuis")));

    /** The invented gebiedsagendas, each unless its wijk has one (staff may have written or emptied it). */
    public static void gebiedsagendaIfNone(Gebiedsagenda.Store agendas) {
        for (Gebiedsagenda agenda : GEBIEDSAGENDAS) {
            if (agendas.van(agenda.wijk()).isPresent()) {
                continue;
            }
            try {
                agendas.bewaar(agenda);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the demo's gebiedsagenda cannot be written", e);
            }
        }
    }
}
