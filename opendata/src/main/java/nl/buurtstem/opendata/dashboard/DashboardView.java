package nl.buurtstem.opendata.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.alarm.Alarm;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;

/** Shapes fleet data as the dashboard reads it: plain maps, statuses in words and icons. */
final class DashboardView {

    private DashboardView() {}

    /**
     * A kiosk as the dashboard shows it. {@code status} is what its heartbeats say, for scripts; {@code stand} is what
     * staff read, which also weighs its open alarms.
     */
    static Map<String, Object> kiosk(KioskOverzicht k, String wijkNaam, List<Alarm> open) {
        List<Alarm> eigen =
                open.stream().filter(a -> a.kioskId().equals(k.kiosk().id())).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.kiosk().id());
        m.put("naam", k.kiosk().naam());
        m.put("buurthuis", k.kiosk().buurthuis());
        m.put("wijk", k.kiosk().wijk());
        m.put("wijkNaam", wijkNaam);
        m.put("status", new Stand(k.status(), false).alsJson());
        m.put("stand", Stand.van(k.status(), eigen).alsJson());
        m.put("laatstGezien", k.laatstGezien() == null ? null : k.laatstGezien().toString());
        m.put("hartslag", k.hartslag());
        m.put("enrolled", k.kiosk().enrolled());
        m.put("openingstijden", k.kiosk().openingstijden());
        m.put("revokedReason", k.kiosk().revokedReason());
        m.put(
                "alerts",
                eigen.stream()
                        .map(a -> Map.of("soort", a.soort(), "titel", a.titel(), "detail", a.detail()))
                        .toList());
        return m;
    }
}
