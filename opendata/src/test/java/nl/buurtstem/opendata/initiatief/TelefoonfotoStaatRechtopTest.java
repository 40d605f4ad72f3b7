package nl.buurtstem.opendata.initiatief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A phone held upright stores its photo lying down with an EXIF note "turn a quarter"; the stored photo of an
 * initiative stands as it was taken, and keeps no EXIF at all (no note, no GPS position).
 */
class TelefoonfotoStaatRechtopTest {

    private static final int BREED = 240;
    private static final int HOOG = 120;

    @TempDir
    Path tmp;

    /** As the sensor saw it: 240 × 120, red on the left half, blue on the right. */
    private static byte[] telefoonfoto(int orientatie) throws Exception {
        BufferedImage beeld = new BufferedImage(BREED, HOOG, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = beeld.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, BREED / 2, HOOG);
        g.setColor(Color.BLUE);
        g.fillRect(BREED / 2, 0, BREED / 2, HOOG);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(beeld, "jpeg", jpeg));
        byte[] zonder = jpeg.toByteArray();
        byte[] exif = exif(orientatie);
        // The APP1 segment right after the start-of-image marker, where a camera writes it.
        ByteBuffer met = ByteBuffer.allocate(zonder.length + exif.length);
        met.put(zonder, 0, 2).put(exif).put(zonder, 2, zonder.length - 2);
        return met.array();
    }

    /** An EXIF segment as phones write it (big-endian TIFF), with the Orientation tag and a GPS directory pointer. */
    private static byte[] exif(int orientatie) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientatie)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(0);
        tiff.putInt(0);
        byte[] kop = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer app1 = ByteBuffer.allocate(4 + kop.length + tiff.capacity());
        app1.putShort((short) 0xFFE1).putShort((short) (2 + kop.length + tiff.capacity()));
        app1.put(kop).put(tiff.array());
        return app1.array();
    }

    private byte[] opgeslagen(byte[] foto) throws Exception {
        Database db = Database.open(tmp.resolve("fotos.db"));
        try {
            Migrations.apply(db, List.of(InitiatiefFotos.SCHEMA));
            InitiatiefFotos fotos = new InitiatiefFotos(db);
            String pad = fotos.bewaar(foto);
            return fotos.jpeg(pad.substring("fotos/".length(), pad.length() - ".jpg".length()))
                    .orElseThrow();
        } finally {
            db.close();
        }
    }

    @Test
    void a_portrait_phone_photo_is_stored_standing_and_without_exif() throws Exception {
        byte[] foto = telefoonfoto(6);
        assertEquals(6, Orientatie.van(foto).waarde(), "the test photo carries the phone's note");

        byte[] jpeg = opgeslagen(foto);
        BufferedImage beeld = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(HOOG, beeld.getWidth(), "turned upright: as wide as the sensor's picture was high");
        assertEquals(BREED, beeld.getHeight());
        // A quarter turn clockwise puts the sensor's left (red) on top and its right (blue) below.
        assertTrue(rood(beeld.getRGB(HOOG / 2, BREED / 4)), "red on top");
        assertTrue(blauw(beeld.getRGB(HOOG / 2, 3 * BREED / 4)), "blue below");
        assertFalse(heeftExif(jpeg), "no EXIF (orientation, GPS) is stored");
        assertEquals(1, Orientatie.van(jpeg).waarde(), "nothing left that would turn it twice");
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1, 240, 120, true", "3, 240, 120, false", "8, 120, 240, false", "2, 240, 120, false"})
    void every_noted_turn_is_applied(int orientatie, int breed, int hoog, boolean roodLinksBoven) throws Exception {
        BufferedImage beeld = ImageIO.read(new ByteArrayInputStream(opgeslagen(telefoonfoto(orientatie))));
        assertEquals(breed, beeld.getWidth());
        assertEquals(hoog, beeld.getHeight());
        assertEquals(roodLinksBoven, rood(beeld.getRGB(10, 10)));
    }

    private static boolean heeftExif(byte[] jpeg) {
        String tekst = new String(jpeg, StandardCharsets.ISO_8859_1);
        return tekst.contains("Exif\0\0") || tekst.contains("\u00FF\u00E1");
    }

    private static boolean rood(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean blauw(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }
}
