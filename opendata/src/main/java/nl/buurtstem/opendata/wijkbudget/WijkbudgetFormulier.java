package nl.buurtstem.opendata.wijkbudget;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.InhoudPaginas;
import nl.buurtstem.opendata.staff.Tijdveld;

/** The wijkbudget form: the budget, its proposals with their cost as rows, and whether a stemcode is needed. */
final class WijkbudgetFormulier implements InhoudPaginas.Formulieren<Wijkbudget> {

    static final int VOORSTELLEN = 8;
    static final String REGEL =
            "Elke stemcode telt één keer. Gebruikt iemand dezelfde code twee keer, dan telt de stem "
                    + "die de gemeente het eerst ontvangt. De andere stem bewaren we, maar tellen we niet mee.";

    @Override
    public Formulier formulier(Wijkbudget w) {
        Formulier f = Formulier.leeg()
                .zet("titel", w.titel())
                .zet("wijk", w.wijk())
                .zet("uitleg", w.uitleg() == null ? "" : w.uitleg())
                .zet("bedrag", Long.toString(w.bedrag()))
                .zet("regel", w.regel() == null ? "" : w.regel())
                .zet("eind", Tijdveld.veld(w.eind()));
        if (w.fasen() != null) {
            f.zet("ideeenVanaf", Tijdveld.veld(w.fasen().ideeen()))
                    .zet("voorstellenVanaf", Tijdveld.veld(w.fasen().voorstellen()))
                    .zet("stemmenVanaf", Tijdveld.veld(w.fasen().stemmen()))
                    .zet("uitvoeringVanaf", Tijdveld.veld(w.fasen().uitvoering()));
        }
        if (w.stemcodes()) {
            f.zet("stemcodes", "ja");
        }
        for (int i = 0; i < w.voorstellen().size() && i < VOORSTELLEN; i++) {
            Wijkbudget.Voorstel v = w.voorstellen().get(i);
            String r = "voorstel" + (i + 1);
            f.zet(r + "-id", v.id())
                    .zet(r + "-titel", v.titel())
                    .zet(r + "-omschrijving", v.omschrijving() == null ? "" : v.omschrijving())
                    .zet(r + "-bedrag", Long.toString(v.bedrag()));
        }
        return f;
    }

    /** A new form starts with the published rule for stemcodes used twice. */
    @Override
    public Formulier nieuw() {
        return Formulier.leeg().zet("stemcodes", "ja").zet("regel", REGEL);
    }

    @Override
    public Optional<Wijkbudget> lees(Context ctx, Formulier f, String id, Optional<Wijkbudget> bestaand) {
        String titel = f.waarde("titel");
        if (titel.isEmpty()) {
            f.fout("titel", "Vul de titel in, bijvoorbeeld: Wijkbudget Diezerpoort 2027.");
        }
        if (f.waarde("wijk").isEmpty()) {
            f.fout("wijk", "Kies de wijk van het budget.");
        }
        Instant eind = Tijdveld.lees(f, "eind");
        Wijkbudget.Fasen fasen = fasen(f, eind);
        long bedrag = euros(f, "bedrag", "Vul het bedrag in hele euro's in, bijvoorbeeld 20000.");
        List<Wijkbudget.Voorstel> voorstellen = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i <= VOORSTELLEN; i++) {
            String r = "voorstel" + i;
            if (f.waarde(r + "-titel").isEmpty()
                    && f.waarde(r + "-omschrijving").isEmpty()
                    && f.waarde(r + "-bedrag").isEmpty()) {
                continue;
            }
            if (f.waarde(r + "-titel").isEmpty()) {
                f.fout(r + "-titel", "Geef voorstel " + i + " een naam.");
            }
            long kosten = euros(f, r + "-bedrag", "Vul in wat voorstel " + i + " kost, in hele euro's.");
            if (bedrag > 0 && kosten > bedrag) {
                f.fout(r + "-bedrag", "Voorstel " + i + " kost meer dan het hele budget. Maak het bedrag kleiner.");
            }
            // A proposal keeps its reference: ballots already cast name it.
            String vid = f.waarde(r + "-id").isEmpty()
                    ? Refs.slug(f.waarde(r + "-titel"), "voorstel-" + i)
                    : f.waarde(r + "-id");
            while (!ids.add(vid)) {
                vid = vid + "-" + i;
            }
            voorstellen.add(
                    new Wijkbudget.Voorstel(vid, f.waarde(r + "-titel"), f.waarde(r + "-omschrijving"), kosten));
        }
        if (voorstellen.isEmpty() && !f.heeftFouten()) {
            f.fout("voorstel1-titel", "Vul minstens één voorstel in waarop bewoners kunnen stemmen.");
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        return Optional.of(new Wijkbudget(
                id,
                f.waarde("wijk"),
                titel,
                f.waarde("uitleg"),
                bedrag,
                voorstellen,
                f.gekozen("stemcodes", "ja"),
                f.waarde("regel").isEmpty() ? REGEL : f.waarde("regel"),
                bestaand.map(Wijkbudget::demo).orElse(false),
                eind,
                fasen));
    }

    /** The phases' start days, each after the one before it (the vote's end being the result's start); null: none. */
    private static Wijkbudget.Fasen fasen(Formulier f, Instant eind) {
        Instant ideeen = Tijdveld.lees(f, "ideeenVanaf");
        Instant voorstellen = Tijdveld.lees(f, "voorstellenVanaf");
        Instant stemmen = Tijdveld.lees(f, "stemmenVanaf");
        Instant uitvoering = Tijdveld.lees(f, "uitvoeringVanaf");
        String[][] volgorde = {
            {"ideeenVanaf", "het ideeën geven"},
            {"voorstellenVanaf", "het maken van voorstellen"},
            {"stemmenVanaf", "het begin van het stemmen"},
            {"eind", "het einde van het stemmen"},
            {"uitvoeringVanaf", "de uitvoering"}
        };
        Instant[] tijden = {ideeen, voorstellen, stemmen, eind, uitvoering};
        Instant vorige = null;
        String vorigeNaam = null;
        for (int i = 0; i < tijden.length; i++) {
            if (tijden[i] == null) {
                continue;
            }
            if (vorige != null && !tijden[i].isAfter(vorige) && !f.heeftFout(volgorde[i][0])) {
                f.fout(volgorde[i][0], "Deze datum moet na " + vorigeNaam + " liggen. Kies een latere datum.");
            }
            vorige = tijden[i];
            vorigeNaam = volgorde[i][1];
        }
        if (ideeen == null && voorstellen == null && stemmen == null && uitvoering == null) {
            return null;
        }
        return new Wijkbudget.Fasen(ideeen, voorstellen, stemmen, uitvoering);
    }

    private static long euros(Formulier f, String veld, String leeg) {
        String tekst = f.waarde(veld)
                .replace("€", "")
                .replace(".", "")
                .replace(" ", "")
                .replace(",-", "");
        if (tekst.isEmpty()) {
            f.fout(veld, leeg);
            return 0;
        }
        try {
            long n = Long.parseLong(tekst);
            if (n <= 0 || n > 100_000_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            f.fout(veld, "Dit is geen bedrag in hele euro's. Schrijf het zo: 20000.");
            return 0;
        }
    }

    @Override
    public String titel(Wijkbudget w) {
        return w.titel();
    }

    @Override
    public String wijk(Wijkbudget w) {
        return w.wijk();
    }
}
