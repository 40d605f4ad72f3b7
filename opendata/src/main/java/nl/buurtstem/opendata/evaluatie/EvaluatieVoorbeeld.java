package nl.buurtstem.opendata.evaluatie;

import io.javalin.config.JavalinConfig;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.voorbeeld.KioskVoorbeeld;
import nl.buurtstem.opendata.voorbeeld.VoorbeeldScherm;
import nl.buurtstem.opendata.voorbeeld.Werkversie;

/**
 * "Voorbeeld op de kiosk" for an evaluation: the kiosk's own "Wat er gebeurde" in the wijk of the plan or initiative
 * it evaluates, with the evaluation as staff are writing it (the draft, else the published version) among the others.
 */
final class EvaluatieVoorbeeld {

    private static final String NERGENS = "Deze evaluatie hoort nog niet bij een plan of initiatief in een wijk. Zo"
            + " toont geen kiosk haar: kies in het formulier wat u evalueert.";
    private final Redactie redactie;
    private final Inhoud<Evaluatie> inhoud;
    private final Function<Evaluatie, Optional<?>> gebeurd;
    private final KioskVoorbeeld kiosk;

    EvaluatieVoorbeeld(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<Evaluatie> inhoud,
            Function<Evaluatie, Optional<?>> gebeurd) {
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.gebeurd = gebeurd;
        this.kiosk = new KioskVoorbeeld(paginas);
    }

    void install(JavalinConfig cfg) {
        kiosk.install(
                cfg,
                "evaluatie",
                Rol.EDITOR,
                "/beheer/evaluaties/{id}",
                this::scherm,
                (id, pad) ->
                        "gebeurd".equals(pad) ? gebeurd.apply(werkversie(id)).orElse(null) : null);
    }

    private VoorbeeldScherm scherm(String id) {
        Evaluatie e = werkversie(id);
        return new VoorbeeldScherm(
                e.titel(),
                "/beheer/evaluaties/" + e.id(),
                KioskVoorbeeld.pad("evaluatie", e.id(), "gebeurd", null),
                gebeurd.apply(e).isPresent() ? null : NERGENS);
    }

    private Evaluatie werkversie(String id) {
        return Werkversie.van(redactie, inhoud, id, "evaluatie");
    }
}
