package nl.buurtstem.opendata.initiatief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Formulier;

/** The menukaart as a form: its steps as rows (title, what the municipality offers, what it expects, two funds). */
final class MenukaartFormulier {

    static final int STAPPEN = 8;
    static final int FONDSEN = 2;

    private MenukaartFormulier() {}

    static Formulier van(Menukaart m) {
        Formulier f = Formulier.leeg();
        for (int i = 0; i < m.stappen().size() && i < STAPPEN; i++) {
            Menukaart.Stap s = m.stappen().get(i);
            String r = "stap" + (i + 1);
            f.zet(r + "-id", s.id())
                    .zet(r + "-titel", s.titel())
                    .zet(r + "-aanbod", nn(s.aanbod()))
                    .zet(r + "-verwacht", nn(s.verwacht()));
            for (int j = 0; j < s.fondsen().size() && j < FONDSEN; j++) {
                Menukaart.Fonds fonds = s.fondsen().get(j);
                String q = r + "-fonds" + (j + 1);
                f.zet(q + "-naam", fonds.naam())
                        .zet(q + "-bedrag", Long.toString(fonds.totEuro()))
                        .zet(q + "-voorwaarden", nn(fonds.voorwaarden()));
            }
        }
        return f;
    }

    static Optional<Menukaart> lees(Formulier f, String id) {
        List<Menukaart.Stap> stappen = new ArrayList<>();
        for (int i = 1; i <= STAPPEN; i++) {
            String r = "stap" + i;
            if (f.waarde(r + "-titel").isEmpty()
                    && f.waarde(r + "-aanbod").isEmpty()
                    && f.waarde(r + "-verwacht").isEmpty()) {
                continue;
            }
            if (f.waarde(r + "-titel").isEmpty()) {
                f.fout(r + "-titel", "Geef stap " + i + " een naam, bijvoorbeeld: Geld aanvragen.");
            }
            if (f.waarde(r + "-aanbod").isEmpty()) {
                f.fout(r + "-aanbod", "Schrijf wat de gemeente bij stap " + i + " doet.");
            }
            List<Menukaart.Fonds> fondsen = new ArrayList<>();
            for (int j = 1; j <= FONDSEN; j++) {
                String q = r + "-fonds" + j;
                if (f.waarde(q + "-naam").isEmpty() && f.waarde(q + "-bedrag").isEmpty()) {
                    continue;
                }
                long bedrag = 0;
                try {
                    bedrag = Long.parseLong(f.waarde(q + "-bedrag")
                            .replace(".", "")
                            .replace("€", "")
                            .strip());
                    if (bedrag <= 0) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    f.fout(q + "-bedrag", "Vul in tot hoeveel euro, in hele euro's. Bijvoorbeeld: 2500.");
                }
                if (f.waarde(q + "-naam").isEmpty()) {
                    f.fout(q + "-naam", "Geef het fonds een naam.");
                }
                fondsen.add(new Menukaart.Fonds(f.waarde(q + "-naam"), bedrag, f.waarde(q + "-voorwaarden")));
            }
            String stapId = f.waarde(r + "-id").isEmpty()
                    ? Refs.slug(f.waarde(r + "-titel"), "stap-" + i)
                    : f.waarde(r + "-id");
            stappen.add(new Menukaart.Stap(
                    stapId, f.waarde(r + "-titel"), f.waarde(r + "-aanbod"), f.waarde(r + "-verwacht"), fondsen));
        }
        if (stappen.isEmpty() && !f.heeftFouten()) {
            f.fout("stap1-titel", "Vul minstens één stap in.");
        }
        return f.heeftFouten() ? Optional.empty() : Optional.of(new Menukaart(id, stappen));
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
