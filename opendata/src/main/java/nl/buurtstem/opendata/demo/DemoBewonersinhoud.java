package nl.buurtstem.opendata.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.initiatief.Menukaart;
import nl.buurtstem.opendata.initiatief.MenukaartStore;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.wijk.Wijkkaart;
import nl.buurtstem.opendata.wijk.WijkkaartStore;
import nl.buurtstem.opendata.wijkbudget.Wijkbudget;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetStore;

/**
 * Demonstration content for the kiosk's resident screens beyond the first poll: more kinds of poll, a wijkbudget with
 * stemcodes, the menukaart, a schematic wijk map and translations. All invented and marked as demo.
 * The demo stemcodes are made fresh for each data folder, like real ones ({@code DIEZ-XXXX-XXXX-XXXX}); only their
 * hashes are stored, and the codes themselves are written once to {@value #STEMCODES_BESTAND} in the data folder so a
 * newcomer can vote with one.
 */
public final class DemoBewonersinhoud {

    public static final String WIJKBUDGET = "wijkbudget-diezerpoort-2027";
    public static final String STEMCODES_BESTAND = "demo-stemcodes.txt";
    static final int DEMO_STEMCODES = 30;

    private DemoBewonersinhoud() {}

    /**
     * Makes the demo wijkbudget's stemcodes when it has none (a new data folder, or one from before stemcodes were
     * salted) and writes them to {@code dataDir/demo-stemcodes.txt}, readable by the node's user only.
     */
    public static void stemcodesIfNone(WijkbudgetStore wijkbudgetten, Path dataDir) {
        if (wijkbudgetten.find(WIJKBUDGET).isEmpty() || wijkbudgetten.heeftStemcodes(WIJKBUDGET)) {
            return;
        }
        List<String> codes = wijkbudgetten.nieuweStemcodes(WIJKBUDGET, "DIEZ", DEMO_STEMCODES);
        Path file = dataDir.resolve(STEMCODES_BESTAND);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(
                    file,
                    "# Demo stemcodes for \"Wijkbudget Diezerpoort 2027\": each votes once (demo data, not real).\n"
                            + String.join("\n", codes) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo stemcodes to " + file, e);
        }
    }

    /** Seeds only when there is no wijkbudget yet, so a second run keeps what the first one did. */
    public static void seedIfEmpty(
            PeilingStore peilingen,
            WijkbudgetStore wijkbudgetten,
            MenukaartStore menukaart,
            WijkkaartStore kaart,
            VertalingStore vertalingen) {
        if (!wijkbudgetten.isEmpty()) {
            return;
        }
        String wijk = DemoContent.WIJK_DIEZERPOORT;
        peilingen.save(new Peiling(
                "tevredenheid-buurthuis",
                wijk,
                "Hoe tevreden bent u over dit buurthuis?",
                List.of("Heel ontevreden", "Ontevreden", "Gewoon", "Tevreden", "Heel tevreden"),
                true,
                "gezichten"));
        peilingen.save(new Peiling(
                "zebrapad-vechtstraat",
                wijk,
                "Wilt u een zebrapad bij de school in de Vechtstraat?",
                List.of("Ja", "Nee"),
                true,
                "janee"));

        wijkbudgetten.save(new Wijkbudget(
                WIJKBUDGET,
                wijk,
                "Wijkbudget Diezerpoort 2027",
                "De wijk mag € 20.000 verdelen. Kies de plannen die u het beste vindt, tot het geld op is. Stemmen kan tot 1 maart.",
                20_000,
                List.of(
                        new Wijkbudget.Voorstel(
                                "bankjes-vecht", "Bankjes langs de Vecht", "Zes bankjes om even uit te rusten.", 6_000),
                        new Wijkbudget.Voorstel(
                                "speeltoestel",
                                "Speeltoestel Vechtstraat",
                                "Een klimrek voor kinderen tot 12 jaar.",
                                12_000),
                        new Wijkbudget.Voorstel(
                                "buurtfeest", "Buurtfeest", "Een feest op het plein voor de hele wijk.", 3_000),
                        new Wijkbudget.Voorstel(
                                "bloembakken", "Bloembakken", "Twintig bakken met bloemen in de straten.", 4_000),
                        new Wijkbudget.Voorstel(
                                "fietsenrekken", "Fietsenrekken", "Rekken voor 60 fietsen bij de winkels.", 5_000)),
                true,
                "Elke stemcode telt één keer. Gebruikt iemand dezelfde code twee keer, dan telt de stem die de gemeente "
                        + "het eerst ontvangt. De andere stem bewaren we, maar tellen we niet mee.",
                true,
                null,
                // Ideas since June, proposals since September, voting since October (9:00 Dutch time); no end yet,
                // so the demo's kiosk takes votes whatever day it is shown.
                new Wijkbudget.Fasen(
                        Instant.parse("2026-06-01T07:00:00Z"),
                        Instant.parse("2026-09-01T07:00:00Z"),
                        Instant.parse("2026-10-01T07:00:00Z"),
                        null)));

        menukaart.save(new Menukaart(
                "zwolle",
                List.of(
                        new Menukaart.Stap(
                                "idee",
                                "Uw idee",
                                "Wij luisteren. Laat uw idee achter in deze kiosk of bij de balie.",
                                "Vertel wat u wilt doen en voor wie.",
                                List.of()),
                        new Menukaart.Stap(
                                "buren",
                                "Buren zoeken",
                                "Wij helpen met een flyer en een zaal in het buurthuis.",
                                "Zoek minstens drie buren die meedoen.",
                                List.of()),
                        new Menukaart.Stap(
                                "makelaar",
                                "Praat met de ideeënmakelaar",
                                "Een gratis gesprek. De ideeënmakelaar kent de regels en de mensen.",
                                "Maak een afspraak bij de balie of bel 14 038.",
                                List.of()),
                        new Menukaart.Stap(
                                "geld",
                                "Geld aanvragen",
                                "Geld uit het wijkbudget of een fonds. De makelaar helpt met het formulier.",
                                "Schrijf op wat u wilt doen en wat het kost.",
                                List.of(
                                        new Menukaart.Fonds(
                                                "Wijkbudget", 5_000, "Voor iets waar de hele wijk iets aan heeft."),
                                        new Menukaart.Fonds(
                                                "Leefbaarheidsfonds",
                                                1_500,
                                                "Voor activiteiten met minstens drie buren."),
                                        new Menukaart.Fonds(
                                                "Fonds Groen in de wijk",
                                                2_500,
                                                "Voor groen dat buren samen onderhouden."))),
                        new Menukaart.Stap(
                                "uitvoeren",
                                "Uitvoeren",
                                "Hulp bij vergunning, verzekering en materiaal.",
                                "U en uw buren doen samen het werk.",
                                List.of()),
                        new Menukaart.Stap(
                                "evalueren",
                                "Terugkijken",
                                "Een kort gesprek: wat ging goed, wat kan beter?",
                                "Laat zien wat u met het geld deed, met foto's en bonnetjes.",
                                List.of()))));

        Map.of(
                        "idee", "Your idea",
                        "buren", "Find neighbours",
                        "makelaar", "Talk to the ideas broker",
                        "geld", "Apply for money",
                        "uitvoeren", "Carry it out",
                        "evalueren", "Look back")
                .forEach((stap, titel) -> vertalingen.save("menukaart/" + stap, "en", Map.of("titel", titel)));

        // Schematic outlines, not survey-accurate: enough for a resident to recognise where the wijk is.
        kaart.save(new Wijkkaart(
                DemoContent.GEMEENTE,
                "100 0 280 300",
                List.of(
                        new Wijkkaart.Vorm(
                                "WK019330", "Holtenbroek", "M120 20 L230 15 L240 95 L150 110 L110 80 Z", 172, 62),
                        new Wijkkaart.Vorm(
                                "WK019331", "Aa-landen", "M240 20 L370 40 L360 130 L250 120 L240 95 Z", 305, 80),
                        new Wijkkaart.Vorm(
                                "WK019310", "Binnenstad", "M150 110 L240 95 L250 170 L170 190 L140 150 Z", 195, 150),
                        new Wijkkaart.Vorm(
                                wijk, "Diezerpoort", "M240 95 L250 120 L360 130 L340 210 L250 170 Z", 300, 195),
                        new Wijkkaart.Vorm(
                                "WK019313",
                                "Assendorp",
                                "M140 150 L170 190 L250 170 L340 210 L300 285 L130 270 Z",
                                225,
                                235)),
                Map.of(
                        "herinrichting-vechtstraat",
                        List.of(290.0, 150.0),
                        "groen-schoolplein-holtenbroek",
                        List.of(165.0, 80.0))));

        vertalingen.save(
                "plan/herinrichting-vechtstraat",
                "en",
                Map.of(
                        "titel",
                        "New layout for the Vechtstraat",
                        "samenvatting",
                        "The municipality makes the Vechtstraat greener and safer for cyclists. You can help think about the design."));
        vertalingen.save(
                "plan/herinrichting-vechtstraat",
                "ar",
                Map.of(
                        "titel",
                        "تصميم جديد لشارع فيختسترات",
                        "samenvatting",
                        "تجعل البلدية شارع فيختسترات أكثر خضرة وأمانًا لراكبي الدراجات. يمكنك المشاركة في التفكير في التصميم."));
        vertalingen.save(
                "plan/herinrichting-vechtstraat",
                "tr",
                Map.of(
                        "titel",
                        "Vechtstraat için yeni düzenleme",
                        "samenvatting",
                        "Belediye Vechtstraat'ı daha yeşil ve bisikletliler için daha güvenli yapıyor. Tasarım hakkında fikir verebilirsiniz."));
        vertalingen.save(
                "peiling/speelplek-diezerpoort",
                "en",
                Map.of(
                        "vraag",
                        "What would you most like on the empty field in the Vechtstraat?",
                        "optie1",
                        "A playground",
                        "optie2",
                        "A vegetable garden",
                        "optie3",
                        "Benches and trees",
                        "optie4",
                        "Leave it as it is"));
        vertalingen.save(
                "peiling/speelplek-diezerpoort",
                "ar",
                Map.of(
                        "vraag",
                        "ماذا تفضل في الأرض الفارغة في شارع فيختسترات؟",
                        "optie1",
                        "ملعب للأطفال",
                        "optie2",
                        "حديقة خضروات",
                        "optie3",
                        "مقاعد وأشجار",
                        "optie4",
                        "اتركه كما هو"));
        vertalingen.save(
                "peiling/speelplek-diezerpoort",
                "tr",
                Map.of(
                        "vraag",
                        "Vechtstraat'taki boş alanda en çok ne görmek istersiniz?",
                        "optie1",
                        "Bir oyun parkı",
                        "optie2",
                        "Bir sebze bahçesi",
                        "optie3",
                        "Banklar ve ağaçlar",
                        "optie4",
                        "Böyle kalsın"));
        vertalingen.save(
                "peiling/speelplek-diezerpoort",
                "pl",
                Map.of(
                        "vraag",
                        "Co najchętniej widział(a)by Pan/Pani na pustym polu przy Vechtstraat?",
                        "optie1",
                        "Plac zabaw",
                        "optie2",
                        "Ogród warzywny",
                        "optie3",
                        "Ławki i drzewa",
                        "optie4",
                        "Zostawić jak jest"));
        vertalingen.save(
                "peiling/speelplek-diezerpoort",
                "uk",
                Map.of(
                        "vraag",
                        "Що б ви найбільше хотіли на порожньому полі на Vechtstraat?",
                        "optie1",
                        "Дитячий майданчик",
                        "optie2",
                        "Город",
                        "optie3",
                        "Лавки й дерева",
                        "optie4",
                        "Залишити як є"));
        vertalingen.save(
                "initiatief/buurtmoestuin-diezerpoort",
                "en",
                Map.of(
                        "titel",
                        "Neighbourhood vegetable garden Diezerpoort",
                        "verhaal",
                        "Five neighbours started with two boxes of soil. Now thirty families grow vegetables together.",
                        "meedoen",
                        "Want to join? Ask at the desk of the community centre for the ideas broker."));
        vertalingen.save(
                "initiatief/buurtmoestuin-diezerpoort",
                "ar",
                Map.of(
                        "titel",
                        "حديقة خضروات الحي في ديزربورت",
                        "verhaal",
                        "بدأ خمسة جيران بصندوقين من التراب. الآن تزرع ثلاثون عائلة الخضروات معًا.",
                        "meedoen",
                        "هل تريد المشاركة؟ اسأل في مكتب الاستقبال في المركز عن وسيط الأفكار."));
    }
}
