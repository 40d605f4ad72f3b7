package nl.buurtstem.opendata.wijkupdate;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;

/** GET /beheer/wijkupdate/affiche?wijk=…&maand=…: the poster as a PDF, or the form again with what is not right. */
final class AfficheHandler {

    // A month field sends 2026-12; where a browser shows a plain text field people may type 12-2026.
    private static final Pattern MAAND_JAAR = Pattern.compile("(\\d{1,2})-(\\d{4})");

    private final StaffPaginas paginas;
    private final WijkupdateInhoud inhoud;
    private final Supplier<List<Optie>> wijken;
    private final String afzender;

    AfficheHandler(StaffPaginas paginas, WijkupdateInhoud inhoud, Supplier<List<Optie>> wijken, String afzender) {
        this.paginas = paginas;
        this.inhoud = inhoud;
        this.wijken = wijken;
        this.afzender = afzender;
    }

    void affiche(Context ctx) {
        paginas.vereist(ctx, Rol.WIJKPANEL);
        Formulier f = Formulier.leeg()
                .zet("wijk", waarde(ctx.queryParam("wijk")))
                .zet("maand", waarde(ctx.queryParam("maand")));
        List<Optie> keuzes = wijken.get();
        String wijk = f.waarde("wijk");
        if (keuzes.stream().noneMatch(o -> o.waarde().equals(wijk))) {
            f.fout("wijk", "Kies de wijk van het buurthuis.");
        }
        YearMonth maand = maand(f.waarde("maand"));
        if (maand == null) {
            f.fout("maand", "Vul de maand in als jaar en maand, bijvoorbeeld 2026-12.");
        }
        if (f.heeftFouten()) {
            kiezen(ctx, 422, f);
            return;
        }
        byte[] pdf = Affiche.pdf(inhoud.voor(wijk, maand), afzender);
        ctx.header("Content-Disposition", "attachment; filename=\"wijkupdate-" + wijk + "-" + maand + ".pdf\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf").result(pdf);
    }

    void kiezen(Context ctx, int status, Formulier f) {
        paginas.toon(
                ctx,
                status,
                paginas.vereist(ctx, Rol.WIJKPANEL),
                "Wijkupdate",
                "wijkupdate/kiezen.jte",
                new WijkupdateKeuze(f, wijken.get()));
    }

    static YearMonth maand(String tekst) {
        Matcher m = MAAND_JAAR.matcher(tekst);
        try {
            return m.matches()
                    ? YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    : YearMonth.parse(tekst);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String waarde(String s) {
        return s == null ? "" : s.strip();
    }
}
