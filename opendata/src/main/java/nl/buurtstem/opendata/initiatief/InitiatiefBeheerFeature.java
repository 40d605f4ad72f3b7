package nl.buurtstem.opendata.initiatief;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.staff.InhoudPaginas;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Werk;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.vertaling.Vertaalitem;
import nl.buurtstem.opendata.wijk.Wijknamen;

/**
 * The staff's side of initiatives: /beheer/initiatieven/ with photo upload, initiatives on the staff home, and the
 * menukaart (/beheer/menukaart), versioned.
 */
public final class InitiatiefBeheerFeature implements Feature {

    private final InitiatiefFotos fotos;
    private final InhoudPaginas<Initiatief> paginas;
    private final MenukaartPaginas menukaart;
    private final InitiatiefFeature initiatief;
    private final InitiatiefVoorbeeld voorbeeld;

    public InitiatiefBeheerFeature(Core core, InitiatiefFeature initiatief, Wijknamen wijken) {
        this.initiatief = initiatief;
        this.fotos = new InitiatiefFotos(core.db());
        this.paginas = new InhoudPaginas<>(
                core.staff(),
                core.staff().redactie(core.json()),
                initiatief.beheer(),
                "initiatieven",
                new InhoudPaginas.Woorden("Initiatieven", "initiatief", "Nieuw initiatief", "het initiatief"),
                "initiatief/scherm.jte",
                new InitiatiefFormulier(fotos, core.iris()),
                wijken::naam,
                wijken::opties);
        this.voorbeeld = new InitiatiefVoorbeeld(
                core.staff().paginas(),
                core.staff().redactie(core.json()),
                initiatief.beheer(),
                initiatief.initiatieven(),
                initiatief.menukaart(),
                () -> wijken.opties().stream().map(Optie::waarde).findFirst().orElse(null),
                core.json());
        this.menukaart = new MenukaartPaginas(
                core.staff().paginas(),
                core.staff().redactie(core.json()),
                core.staff().audit(),
                initiatief.menukaart(),
                core.json(),
                initiatief::menukaartGewijzigd);
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(InitiatiefFotos.SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        fotos.install(cfg);
        paginas.install(cfg);
        menukaart.install(cfg);
        voorbeeld.install(cfg);
    }

    public Werk.Bron werk() {
        return paginas.werk("Initiatief");
    }

    /** What residents read of the published initiatives and of the menukaart's steps. */
    public Vertaalitem.Bron vertaalbaar() {
        return new Vertaalitem.Bron() {
            @Override
            public List<Vertaalitem> get() {
                return teVertalen();
            }

            @Override
            public void vertaald(String item) {
                initiatief.vertaald(item);
            }
        };
    }

    private List<Vertaalitem> teVertalen() {
        List<Vertaalitem> items = new ArrayList<>();
        for (Initiatief i : initiatief.beheer().all().get()) {
            Map<String, String> velden = new LinkedHashMap<>();
            velden.put("titel", i.titel());
            velden.put("verhaal", i.verhaal());
            velden.put("meedoen", i.meedoen());
            velden.values().removeIf(v -> v == null || v.isBlank());
            items.add(new Vertaalitem("initiatief/" + i.id(), "Initiatief", i.titel(), velden));
        }
        initiatief
                .menukaart()
                .current()
                .ifPresent(m -> m.stappen().forEach(s -> {
                    Map<String, String> velden = new LinkedHashMap<>();
                    velden.put("titel", s.titel());
                    velden.put("aanbod", s.aanbod());
                    velden.put("verwacht", s.verwacht());
                    velden.values().removeIf(v -> v == null || v.isBlank());
                    items.add(new Vertaalitem("menukaart/" + s.id(), "Menukaart", s.titel(), velden));
                }));
        return items;
    }
}
