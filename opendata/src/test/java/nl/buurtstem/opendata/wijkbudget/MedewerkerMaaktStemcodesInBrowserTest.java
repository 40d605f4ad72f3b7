package nl.buurtstem.opendata.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * In Debian's Chromium (src/test/browser-beheer/wijkbudget.test.mjs): a publicist opens a wijkbudget in Assendorp and
 * prints three stemcode letters, then blocks letter 2 at the desk and prints letter 4. Read from the PDFs, each code
 * is PREFIX-XXXX-XXXX-XXXX and, hashed as the contract says with the feed's salt and iterations, is among the hashes
 * an Assendorp kiosk downloads, except the blocked one; the codes themselves are nowhere in the database.
 */
@Tag("slow")
class MedewerkerMaaktStemcodesInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final Pattern CODE = Pattern.compile("ASSE-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void letters_carry_codes_the_kiosk_can_check_and_a_blocked_code_leaves_the_kiosk() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), "WK019313");
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        Path brieven = centrale.data().resolve("brieven.pdf");
        Path balie = centrale.data().resolve("balie.pdf");

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "wijkbudget.test.mjs",
                        Map.of(
                                "CENTRAL_URL", centrale.url(),
                                "PUBLICIST", "piet",
                                "WACHTWOORD", WACHTWOORD,
                                "BRIEVEN", brieven.toString(),
                                "BALIE", balie.toString()));
        assertEquals(0, result.exit(), result.output());
        Matcher id = Pattern.compile("WIJKBUDGET=([a-z0-9-]+)").matcher(result.output());
        assertTrue(id.find(), result.output());

        List<String> codes = codes(brieven);
        assertEquals(3, codes.size(), "one code per letter, one letter per page");
        List<String> nieuw = codes(balie);
        assertEquals(1, nieuw.size());
        assertTrue(text(brieven).contains("Stemmen kan tot en met 1 maart 2027."));
        assertTrue(text(balie).contains("Brief 4 · Wijkbudget Assendorp 2027"));

        JsonNode budget = null;
        HttpResponse<String> content = kiosk.content();
        for (JsonNode w : Beheer.JSON.readTree(content.body()).path("wijkbudgetten")) {
            if (w.path("wijkbudget").path("id").asText().equals(id.group(1))) {
                budget = w;
            }
        }
        assertTrue(budget != null, "the wijkbudget is on the Assendorp kiosk: " + content.body());
        assertEquals(
                "ASSE", budget.path("stemcodePrefix").asText(), "the kiosk shows the letters' prefix already typed");
        JsonNode fasen = budget.path("wijkbudget").path("fasen");
        assertEquals(
                "2026-12-01T08:00:00Z", fasen.path("stemmen").asText(), "the kiosk opens the vote at 09:00 Dutch time");
        assertEquals("2026-10-01T07:00:00Z", fasen.path("ideeen").asText());
        assertEquals("2027-06-01T07:00:00Z", fasen.path("uitvoering").asText());
        byte[] zout = Base64.getDecoder().decode(budget.path("stemcodeZout").asText());
        int iteraties = budget.path("stemcodeIteraties").asInt();
        Set<String> hashes = new HashSet<>();
        budget.path("stemcodeHashes").forEach(h -> hashes.add(h.asText()));
        assertEquals(3, hashes.size(), "letters 1, 3 and 4: " + hashes);
        assertTrue(hashes.contains(hash(codes.get(0), zout, iteraties)));
        assertFalse(hashes.contains(hash(codes.get(1), zout, iteraties)), "the lost letter's code no longer counts");
        assertTrue(hashes.contains(hash(codes.get(2), zout, iteraties)));
        assertTrue(hashes.contains(hash(nieuw.getFirst(), zout, iteraties)));

        for (String bestand : List.of("central.db", "central.db-wal")) {
            Path db = centrale.data().resolve(bestand);
            if (Files.exists(db)) {
                String alles = new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1);
                for (String code : codes) {
                    assertFalse(alles.contains(code.substring(5)), "a code is never stored: " + bestand);
                }
            }
        }
    }

    private static String hash(String code, byte[] zout, int iteraties) {
        return Stemcode.hash(Stemcode.normaliseer(code).orElseThrow(), zout, iteraties);
    }

    private static List<String> codes(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> codes = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            Matcher m = CODE.matcher(extractor.getTextFromPage(page));
            assertTrue(m.find(), "page " + page + " has a code");
            codes.add(m.group());
        }
        reader.close();
        return codes;
    }

    private static String text(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        return text.replaceAll("\\s+", " ");
    }
}
