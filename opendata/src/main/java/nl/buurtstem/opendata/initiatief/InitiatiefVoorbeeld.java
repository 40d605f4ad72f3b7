package nl.buurtstem.opendata.initiatief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import java.net.URI;
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
 * "Voorbeeld op de kiosk" for an initiative: the kiosk's own page, opened on "Initiatieven", with the initiative as
 * staff are writing it (the draft, else the published version) among those published for its wijk, with its photo.
 */
final class InitiatiefVoorbeeld {

    private final Redactie redactie;
    private final Inhoud<Initiatief> inhoud;
    private final InitiatiefStore initiatieven;
    private final MenukaartStore menukaart;
    private final Supplier<String> eersteWijk;
    private final ObjectMapper json;
    private final KioskVoorbeeld kiosk;

    /** @param eersteWijk the wijk whose kiosk is shown for an initiative with none yet */
    InitiatiefVoorbeeld(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<Initiatief> inhoud,
            InitiatiefStore initiatieven,
            MenukaartStore menukaart,
            Supplier<String> eersteWijk,
            ObjectMapper json) {
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.initiatieven = initiatieven;
        this.menukaart = menukaart;
        this.eersteWijk = eersteWijk;
        this.json = json;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(cfg, "initiatief", Rol.EDITOR, "/beheer/initiatieven/{id}", this::scherm, this::api);
    }

    private VoorbeeldScherm scherm(String id) {
        Initiatief i = werkversie(id);
        return new VoorbeeldScherm(
                i.titel(),
                "/beheer/initiatieven/" + i.id(),
                KioskVoorbeeld.pad("initiatief", i.id(), "initiatieven", null));
    }

    private Object api(String id, String pad) {
        Initiatief werk = werkversie(id);
        if (pad.equals("initiatieven/" + werk.id() + "/foto") && werk.foto() != null) {
            return URI.create(werk.foto().url());
        }
        return "initiatieven".equals(pad) ? opKiosk(werk) : null;
    }

    /** What the kiosk's api/initiatieven answers (kiosk InitiatiefRoutes): the wijk's initiatives and the menukaart. */
    private Map<String, Object> opKiosk(Initiatief werk) {
        String wijk = werk.wijk() != null ? werk.wijk() : eersteWijk.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "initiatieven",
                Werkversie.tussen(wijk == null ? List.of() : initiatieven.inWijk(wijk), werk, Initiatief::id).stream()
                        .map(i -> {
                            ObjectNode x = json.valueToTree(i);
                            // The kiosk keeps photos on its own disk; here the node has every photo it was sent.
                            x.put("fotoOpKiosk", i.foto() != null);
                            return x;
                        })
                        .toList());
        body.put("menukaart", menukaart.current().orElse(null));
        return body;
    }

    private Initiatief werkversie(String id) {
        return Werkversie.van(redactie, inhoud, id, "initiatief");
    }
}
