package nl.buurtstem.opendata.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.wijk.Gebiedsagenda;

/**
 * What a translator made of the demo's gebiedsagendas, so the demo kiosk shows Diezerpoort's agenda in Arabic,
 * English and Turkish (and Polish and Ukrainian in Dutch, saying so).
 */
public final class DemoAgendavertalingen {

    /** Per wijk and language, the goals then the tasks, in the order of {@link DemoContent#GEBIEDSAGENDAS}. */
    private static final Map<String, Map<String, List<String>>> VERTALINGEN = Map.of(
            DemoContent.WIJK_DIEZERPOORT,
            Map.of(
                    "ar",
                    List.of(
                            "مزيد من الخضرة وحجارة أقل في الشوارع",
                            "طريق آمن إلى المدرسة سيرًا وبالدراجة",
                            "جعل شارع فيختسترات أكثر خضرة وأمانًا",
                            "مكان للعب في الأرض الفارغة"),
                    "en",
                    List.of(
                            "More green and fewer paving stones in the streets",
                            "Walking and cycling to school safely",
                            "Make the Vechtstraat greener and safer",
                            "A place to play on the empty field"),
                    "tr",
                    List.of(
                            "Sokaklarda daha çok yeşil, daha az taş",
                            "Okula güvenle yürümek ve bisikletle gitmek",
                            "Vechtstraat'ı daha yeşil ve daha güvenli yapmak",
                            "Boş alanda bir oyun yeri")),
            "WK019330",
            Map.of(
                    "ar",
                    List.of(
                            "مزيد من الخضرة والظل في الشوارع",
                            "الصغار والكبار يلتقون في الحي",
                            "ساحة مدرسة خضراء عند المدرسة الابتدائية",
                            "مكان للقاء في المركز الاجتماعي"),
                    "en",
                    List.of(
                            "More green and shade in the streets",
                            "Young and old meet in the neighbourhood",
                            "A green schoolyard at the primary school",
                            "A meeting place in the community centre")));

    private DemoAgendavertalingen() {}

    /**
     * Translates each demo agenda that still has its demo text and no translation yet; made from that Dutch, so staff
     * who change a goal see its translation as outdated, as with any other.
     */
    public static void seedIfNone(Gebiedsagenda.Store agendas, VertalingStore vertalingen) {
        for (Gebiedsagenda demo : DemoContent.GEBIEDSAGENDAS) {
            boolean ongewijzigd = agendas.van(demo.wijk())
                    .map(a -> a.velden().equals(demo.velden()))
                    .orElse(false);
            if (!ongewijzigd || !vertalingen.van(demo.item()).isEmpty()) {
                continue;
            }
            VERTALINGEN.get(demo.wijk()).forEach((taal, teksten) -> {
                Map<String, String> velden = new LinkedHashMap<>();
                List<String> namen = List.copyOf(demo.velden().keySet());
                for (int i = 0; i < namen.size(); i++) {
                    velden.put(namen.get(i), teksten.get(i));
                }
                vertalingen.save(demo.item(), taal, velden, demo.velden());
            });
        }
    }
}
