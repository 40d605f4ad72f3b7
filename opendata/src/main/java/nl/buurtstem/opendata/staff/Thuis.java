package nl.buurtstem.opendata.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The staff home's content: per wijk what is live, scheduled, in draft and to be translated, how the kiosks are, and
 * the form for a wijk's poster (its wijken to choose from, this month filled in).
 */
public record Thuis(
        List<Wijkwerk> wijken, Kioskstand kiosks, boolean magPubliceren, List<Optie> wijkopties, Formulier wijkupdate) {

    /** One wijk's work, by group. */
    public record Wijkwerk(String naam, Map<Werk.Groep, List<Werk>> groepen) {}

    static Thuis van(
            List<Werk> werk, Kioskstand kiosks, boolean magPubliceren, List<Optie> wijkopties, Formulier wijkupdate) {
        Map<String, Map<Werk.Groep, List<Werk>>> perWijk = new TreeMap<>((a, b) -> {
            // "Alle wijken" first, then the wijken by name.
            boolean aAlle = a.equals(ALLE), bAlle = b.equals(ALLE);
            return aAlle == bAlle ? a.compareTo(b) : aAlle ? -1 : 1;
        });
        for (Werk w : werk) {
            perWijk.computeIfAbsent(w.wijk(), k -> new EnumMap<>(Werk.Groep.class))
                    .computeIfAbsent(w.groep(), g -> new ArrayList<>())
                    .add(w);
        }
        List<Wijkwerk> wijken = new ArrayList<>();
        perWijk.forEach((naam, groepen) -> wijken.add(new Wijkwerk(naam, groepen)));
        return new Thuis(wijken, kiosks, magPubliceren, wijkopties, wijkupdate);
    }

    /** How a line for every wijk names its wijk. */
    public static final String ALLE = "Alle wijken";
}
