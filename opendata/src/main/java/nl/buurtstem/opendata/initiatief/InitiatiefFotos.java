package nl.buurtstem.opendata.initiatief;

import io.javalin.config.JavalinConfig;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.web.Problem;

/**
 * Photos of initiatives, as staff upload them: checked to be a JPEG or PNG of sensible size, scaled down to at most
 * {@value #MAX_KANT} pixels a side, turned upright as the phone noted ({@link Orientatie}), and written anew as a JPEG.
 * Writing it anew keeps only the pixels: EXIF, GPS position, camera and author fields are gone. Served at
 * /fotos/{sha256}.jpg, an address that never changes.
 *
 * <p>The JDK's ImageIO does all of it, so no image library is needed: it reads the dimensions before decoding (a
 * small file claiming a huge picture is refused unread), decodes JPEG and PNG, and encodes JPEG.
 */
final class InitiatiefFotos {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "initiatief-foto",
            List.of(
                    "CREATE TABLE initiatief_foto (sha256 TEXT PRIMARY KEY, jpeg BLOB NOT NULL, geupload TEXT NOT NULL)"));

    static final int MAX_BYTES = 3 * 1024 * 1024;
    static final int MAX_KANT = 1280;
    private static final long MAX_PIXELS = 40_000_000L;

    /** Why a file is not taken, in words for the person uploading it. */
    static final class Geweigerd extends Exception {
        Geweigerd(String waarom) {
            super(waarom, null, false, false);
        }
    }

    private final Database db;

    InitiatiefFotos(Database db) {
        this.db = db;
    }

    /** Checks, scales and strips the photo, stores it, and returns its path below the node ("fotos/….jpg"). */
    String bewaar(byte[] bestand) throws Geweigerd {
        byte[] jpeg = verwerk(bestand);
        String sha = sha256(jpeg);
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO initiatief_foto(sha256, jpeg, geupload) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, sha);
                s.setBytes(2, jpeg);
                s.setString(3, Instant.now().toString());
                s.executeUpdate();
            }
        });
        return "fotos/" + sha + ".jpg";
    }

    static byte[] verwerk(byte[] bestand) throws Geweigerd {
        if (bestand.length > MAX_BYTES) {
            throw new Geweigerd("Deze foto is te groot (" + (bestand.length / 1024 / 1024 + 1)
                    + " MB). Een foto mag maximaal 3 MB zijn.");
        }
        BufferedImage beeld = lees(bestand);
        // Turned upright as the phone noted, before the note goes with the rest of the metadata.
        Orientatie orientatie = Orientatie.van(bestand);
        int rechtopBreed = orientatie.opZijn() ? beeld.getHeight() : beeld.getWidth();
        int rechtopHoog = orientatie.opZijn() ? beeld.getWidth() : beeld.getHeight();
        double schaal = Math.min(1.0, (double) MAX_KANT / Math.max(rechtopBreed, rechtopHoog));
        int breed = Math.max(1, (int) Math.round(rechtopBreed * schaal));
        int hoog = Math.max(1, (int) Math.round(rechtopHoog * schaal));
        BufferedImage uit = new BufferedImage(breed, hoog, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = uit.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // A transparent PNG gets a white background, as JPEG has no transparency.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, breed, hoog);
            g.scale((double) breed / rechtopBreed, (double) hoog / rechtopHoog);
            g.transform(orientatie.rechtop(beeld.getWidth(), beeld.getHeight()));
            g.drawImage(beeld, 0, 0, null);
        } finally {
            g.dispose();
        }
        return jpeg(uit);
    }

    private static BufferedImage lees(byte[] bestand) throws Geweigerd {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bestand))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new Geweigerd("Dit bestand is geen foto. Kies een JPG- of PNG-bestand.");
            }
            ImageReader reader = readers.next();
            try {
                String formaat = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!formaat.equals("jpeg") && !formaat.equals("png")) {
                    throw new Geweigerd("Dit soort bestand kan niet. Kies een JPG- of PNG-bestand.");
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Geweigerd("Deze foto heeft te veel pixels. Maak hem kleiner en probeer het opnieuw.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Geweigerd(
                    "Deze foto kan niet worden gelezen. Is het bestand beschadigd? Kies een ander bestand.");
        }
    }

    private static byte[] jpeg(BufferedImage beeld) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(uit)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            // No metadata is given, so none is written: only the pixels leave this method.
            writer.write(null, new IIOImage(beeld, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("a JPEG cannot be written in memory", e);
        } finally {
            writer.dispose();
        }
        return uit.toByteArray();
    }

    Optional<byte[]> jpeg(String sha) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT jpeg FROM initiatief_foto WHERE sha256 = ?")) {
                q.setString(1, sha);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/fotos/{bestand}", ctx -> {
            String bestand = ctx.pathParam("bestand");
            byte[] jpeg = (bestand.matches("[0-9a-f]{64}\\.jpg")
                            ? jpeg(bestand.substring(0, 64))
                            : Optional.<byte[]>empty())
                    .orElseThrow(() -> Problem.notFound("There is no photo " + bestand + "."));
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
            ctx.contentType("image/jpeg").result(jpeg);
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
