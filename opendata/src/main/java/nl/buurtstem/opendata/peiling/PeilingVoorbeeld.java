package nl.buurtstem.opendata.peiling;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.voorbeeld.KioskVoorbeeld;
import nl.buurtstem.opendata.voorbeeld.VoorbeeldScherm;
import nl.buurtstem.opendata.voorbeeld.Werkversie;

/**
 * "Voorbeeld op de kiosk" for a poll: the kiosk's own page, opened on the poll screen, asking the poll as staff are
 * writing it (the draft, else the published version) among the polls already asked in its (first) wijk.
 */
final class PeilingVoorbeeld {

    private final Redactie redactie;
    private final Inhoud<Peiling> inhoud;
    private final PeilingFeature peiling;
    private final KioskVoorbeeld kiosk;

    PeilingVoorbeeld(StaffPaginas paginas, Redactie redactie, Inhoud<Peiling> inhoud, PeilingFeature peiling) {
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.peiling = peiling;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(
                cfg,
                "peiling",
                Rol.WIJKPANEL,
                "/beheer/peilingen/{id}",
                this::scherm,
                (id, pad) -> "peilingen".equals(pad) ? opKiosk(werkversie(id)) : null);
    }

    private VoorbeeldScherm scherm(String id) {
        Peiling p = werkversie(id);
        List<Map<String, Object>> gevraagd = opKiosk(p);
        int plaats = 0;
        while (plaats < gevraagd.size() && !p.id().equals(gevraagd.get(plaats).get("id"))) {
            plaats++;
        }
        return new VoorbeeldScherm(
                p.vraag(),
                "/beheer/peilingen/" + p.id(),
                KioskVoorbeeld.pad("peiling", p.id(), "peiling", String.valueOf(plaats)));
    }

    private List<Map<String, Object>> opKiosk(Peiling p) {
        List<String> wijken = !p.wijken().isEmpty() ? p.wijken() : p.wijk() == null ? List.of() : List.of(p.wijk());
        return peiling.kioskMetConcept(p, wijken.isEmpty() ? null : wijken.getFirst());
    }

    private Peiling werkversie(String id) {
        return Werkversie.van(redactie, inhoud, id, "peiling");
    }
}
