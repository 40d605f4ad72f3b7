package nl.buurtstem.opendata.wijkbudget;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.voorbeeld.KioskVoorbeeld;
import nl.buurtstem.opendata.voorbeeld.VoorbeeldScherm;
import nl.buurtstem.opendata.voorbeeld.Werkversie;

/**
 * "Voorbeeld op de kiosk" for a wijkbudget: the kiosk's own ballot screen with the budget as staff are writing it (the
 * draft, else the published version), its proposals and what each costs. The preview answers the budget alone, never
 * the stemcodes' hashes or salt a kiosk gets; where stemcodes are needed it skips the step of typing one, since no
 * code may be checked from a preview.
 */
final class WijkbudgetVoorbeeld {

    private static final String NOOT = "Met stemcodes vraagt de kiosk eerst de code van de brief. Het voorbeeld slaat"
            + " die stap over en toont meteen de voorstellen.";
    private final Redactie redactie;
    private final Inhoud<Wijkbudget> inhoud;
    private final WijkbudgetStore store;
    private final Clock clock;
    private final KioskVoorbeeld kiosk;

    WijkbudgetVoorbeeld(
            StaffPaginas paginas, Redactie redactie, Inhoud<Wijkbudget> inhoud, WijkbudgetStore store, Clock clock) {
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.store = store;
        this.clock = clock;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(
                cfg,
                "wijkbudget",
                Rol.EDITOR,
                "/beheer/wijkbudgetten/{id}",
                this::scherm,
                (id, pad) -> "wijkbudgetten".equals(pad) ? opKiosk(werkversie(id)) : null);
    }

    private VoorbeeldScherm scherm(String id) {
        Wijkbudget w = werkversie(id);
        return new VoorbeeldScherm(
                w.titel(),
                "/beheer/wijkbudgetten/" + w.id(),
                KioskVoorbeeld.pad("wijkbudget", w.id(), "wijkbudget", null),
                w.stemcodes() ? NOOT : null);
    }

    /**
     * What the kiosk's api/wijkbudgetten answers (kiosk WijkbudgetService.voorScherm): the budgets open in the wijk,
     * this one first, as the ballot screen shows the first.
     */
    private List<Wijkbudget> opKiosk(Wijkbudget werk) {
        List<Wijkbudget> lijst = new ArrayList<>();
        lijst.add(zonderCode(werk));
        for (Wijkbudget w : store.all()) {
            if (w.wijk() != null
                    && w.wijk().equals(werk.wijk())
                    && !w.id().equals(werk.id())
                    && !w.isGesloten(clock.instant())) {
                lijst.add(w);
            }
        }
        return lijst;
    }

    private static Wijkbudget zonderCode(Wijkbudget w) {
        return new Wijkbudget(
                w.id(),
                w.wijk(),
                w.titel(),
                w.uitleg(),
                w.bedrag(),
                w.voorstellen(),
                false,
                w.regel(),
                w.demo(),
                w.eind());
    }

    private Wijkbudget werkversie(String id) {
        return Werkversie.van(redactie, inhoud, id, "wijkbudget");
    }
}
