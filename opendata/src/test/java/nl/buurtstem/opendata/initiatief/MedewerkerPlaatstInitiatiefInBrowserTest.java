package nl.buurtstem.opendata.initiatief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/initiatief.test.mjs): a publicist places an initiative with a 2000×1500
 * photo that carries hidden data (an EXIF block and a comment); the node serves it at 1280×960 without them, and the
 * initiative reaches a Diezerpoort kiosk with its photo.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerPlaatstInitiatiefInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String GEHEIM = "GPS-52.5126N-6.0944E-Buurtstem";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_publicist_places_an_initiative_whose_photo_is_scaled_and_stripped() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        Path foto = centrale.data().resolve("moestuin.jpg");
        Files.write(foto, fotoMetVerborgenGegevens());

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "initiatief.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "PUBLICIST",
                                "piet",
                                "WACHTWOORD",
                                WACHTWOORD,
                                "FOTO",
                                foto.toString(),
                                "GEHEIM",
                                GEHEIM));
        assertEquals(0, result.exit(), result.output());
        Matcher id = Pattern.compile("INITIATIEF=([a-z0-9-]+)").matcher(result.output());
        assertTrue(id.find(), result.output());

        HttpResponse<String> content = kiosk.content();
        JsonNode gevonden = null;
        for (JsonNode i : Beheer.JSON.readTree(content.body()).path("initiatieven")) {
            if (i.path("id").asText().equals(id.group(1))) {
                gevonden = i;
            }
        }
        assertTrue(gevonden != null, "the initiative is on the Diezerpoort kiosk: " + content.body());
        assertTrue(gevonden.path("foto").path("url").asText().matches(".*/fotos/[0-9a-f]{64}\\.jpg"));
        assertEquals(
                "Buren planten tomaten in de moestuin",
                gevonden.path("foto").path("beschrijving").asText());
    }

    /** A JPEG as a phone makes it: big, with an EXIF block and a comment holding where it was taken. */
    private static byte[] fotoMetVerborgenGegevens() throws Exception {
        BufferedImage beeld = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = beeld.createGraphics();
        g.setColor(new Color(60, 140, 60));
        g.fillRect(0, 0, 2000, 1500);
        g.setColor(Color.RED);
        g.fillOval(800, 500, 400, 400);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(beeld, "jpeg", jpeg);
        byte[] kaal = jpeg.toByteArray();
        byte[] exif = segment(0xE1, ("Exif\0\0" + GEHEIM).getBytes(StandardCharsets.ISO_8859_1));
        byte[] commentaar = segment(0xFE, GEHEIM.getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.write(kaal, 0, 2);
        uit.write(exif);
        uit.write(commentaar);
        uit.write(kaal, 2, kaal.length - 2);
        return uit.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        byte[] s = new byte[data.length + 4];
        s[0] = (byte) 0xFF;
        s[1] = (byte) marker;
        s[2] = (byte) ((data.length + 2) >> 8);
        s[3] = (byte) (data.length + 2);
        System.arraycopy(data, 0, s, 4, data.length);
        return s;
    }
}
