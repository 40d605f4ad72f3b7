package nl.buurtstem.opendata.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-language check warns about what makes a resident's text hard, and scores how easy it reads. */
class TaalcheckWaarschuwtTest {

    private final Taalcheck check = Taalcheck.uit(null);

    @Test
    void a_short_plain_question_reads_easily_and_gets_no_warnings() {
        Taalcheck.Uitslag u = check.check("Wilt u meer bankjes in het park?");
        assertTrue(u.waarschuwingen().isEmpty(), u.toString());
        assertTrue(u.score() >= 60, "B1 or easier: " + u);
    }

    @Test
    void civil_service_words_are_named_with_a_plainer_way_to_say_them() {
        Taalcheck.Uitslag u = check.check("Wij starten een participatietraject over de herinrichting van de straat.");
        assertTrue(
                u.waarschuwingen().stream()
                        .anyMatch(w -> w.contains("\"herinrichting\"") && w.contains("nieuwe inrichting")),
                u.toString());
        assertTrue(u.waarschuwingen().stream().anyMatch(w -> w.contains("\"participatietraject\"")), u.toString());
    }

    @Test
    void a_long_sentence_and_a_long_word_are_warned_about_and_score_lower() {
        Taalcheck.Uitslag lang = check.check(
                "De gemeente heeft na uitgebreide consultatie van alle belanghebbende partijen in de wijk "
                        + "besloten om de verkeersveiligheidsmaatregelen in de straat op korte termijn uit te voeren en te evalueren.");
        assertTrue(lang.waarschuwingen().stream().anyMatch(w -> w.startsWith("Lange zin")), lang.toString());
        assertTrue(
                lang.waarschuwingen().stream().anyMatch(w -> w.contains("verkeersveiligheidsmaatregelen")),
                lang.toString());
        Taalcheck.Uitslag kort = check.check("De straat wordt veiliger. Dat doen we snel.");
        assertTrue(lang.score() < kort.score(), lang + " vs " + kort);
    }

    @Test
    void an_empty_text_has_no_score() {
        assertNull(check.check("  ").score());
    }

    @Test
    void a_municipality_sets_its_own_jargon_list_in_the_data_folder(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("jargon.txt"), "# eigen lijst\nwijkschouw = rondgang door de wijk\n");
        Taalcheck eigen = Taalcheck.uit(data);
        Taalcheck.Uitslag u = eigen.check("Kom naar de wijkschouw over de herinrichting.");
        assertEquals(1, u.waarschuwingen().size(), u.toString());
        assertTrue(u.waarschuwingen().getFirst().contains("rondgang door de wijk"));
    }
}
