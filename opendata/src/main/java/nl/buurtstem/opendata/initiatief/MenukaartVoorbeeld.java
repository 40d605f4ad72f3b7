package nl.buurtstem.opendata.initiatief;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.voorbeeld.KioskVoorbeeld;
import nl.buurtstem.opendata.voorbeeld.VoorbeeldScherm;
import nl.buurtstem.opendata.voorbeeld.Werkversie;

/**
 * "Voorbeeld op de kiosk" for the menukaart: the kiosk's own page, opened on its first step, with the menukaart as
 * staff are writing it (the draft, else the published version). A resident pages through the steps as on a kiosk.
 */
final class MenukaartVoorbeeld {

    private final Redactie redactie;
    private final Inhoud<Menukaart> inhoud;
    private final Supplier<String> id;
    private final KioskVoorbeeld kiosk;

    /** @param id the municipality's one menukaart's id */
    MenukaartVoorbeeld(StaffPaginas paginas, Redactie redactie, Inhoud<Menukaart> inhoud, Supplier<String> id) {
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.id = id;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(cfg, "menukaart", Rol.EDITOR, "/beheer/menukaart", x -> scherm(), (x, pad) -> api(pad));
    }

    private VoorbeeldScherm scherm() {
        Menukaart m = werkversie();
        return new VoorbeeldScherm(
                "de menukaart", "/beheer/menukaart", KioskVoorbeeld.pad("menukaart", m.id(), "menukaart", "0"));
    }

    /** The kiosk's api/initiatieven, of which the menukaart screen reads only the menukaart. */
    private Object api(String pad) {
        if (!"initiatieven".equals(pad)) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("initiatieven", List.of());
        body.put("menukaart", werkversie());
        return body;
    }

    private Menukaart werkversie() {
        return Werkversie.van(redactie, inhoud, id.get(), "menukaart");
    }
}
