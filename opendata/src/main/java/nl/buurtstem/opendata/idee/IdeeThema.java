package nl.buurtstem.opendata.idee;

import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.staff.Optie;

/** The themes a resident picks on the kiosk, in the kiosk's own Dutch words. */
final class IdeeThema {

    private static final Map<String, String> WOORDEN = Map.of(
            "groen", "Groen en natuur",
            "spelen", "Spelen en sport",
            "verkeer", "Verkeer en straat",
            "samen", "Samen in de buurt",
            "veilig", "Veilig en schoon",
            "anders", "Iets anders");

    private IdeeThema() {}

    static String woord(String code) {
        return WOORDEN.getOrDefault(code, code);
    }

    static List<Optie> keuzes() {
        return List.of("groen", "spelen", "verkeer", "samen", "veilig", "anders").stream()
                .map(c -> new Optie(c, woord(c)))
                .toList();
    }
}
