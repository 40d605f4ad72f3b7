package nl.buurtstem.opendata.initiatief;

import java.awt.geom.AffineTransform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * How a phone meant its photo to stand: the EXIF Orientation tag (1 to 8). A phone stores the pixels as the sensor
 * saw them and only notes the turn; once the metadata is stripped, the note is gone, so the turn is applied to the
 * pixels first. Reading the one tag is a walk over the JPEG's segments and the first TIFF directory, so no metadata
 * library is needed for it; anything unexpected counts as upright (1).
 */
record Orientatie(int waarde) {

    static final Orientatie RECHTOP = new Orientatie(1);
    private static final int ORIENTATION = 0x0112;

    /** The orientation noted in a JPEG's EXIF (APP1) segment; upright when there is none or it cannot be read. */
    static Orientatie van(byte[] jpeg) {
        try {
            return new Orientatie(lees(ByteBuffer.wrap(jpeg)));
        } catch (RuntimeException onleesbaar) {
            return RECHTOP;
        }
    }

    private static int lees(ByteBuffer b) {
        if (b.getShort(0) != (short) 0xFFD8) {
            return 1;
        }
        int p = 2;
        while (p + 4 <= b.limit() && (b.get(p) & 0xFF) == 0xFF) {
            int marker = b.get(p + 1) & 0xFF;
            int lengte = b.getShort(p + 2) & 0xFFFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 1; // the picture itself starts: no EXIF before it
            }
            if (marker == 0xE1
                    && lengte > 14
                    && new String(b.array(), p + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return uitTiff(b, p + 10);
            }
            p += 2 + lengte;
        }
        return 1;
    }

    private static int uitTiff(ByteBuffer b, int tiff) {
        ByteBuffer t = b.duplicate();
        t.order(b.get(tiff) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff + t.getInt(tiff + 4);
        int n = t.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < n; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((t.getShort(entry) & 0xFFFF) == ORIENTATION) {
                int waarde = t.getShort(entry + 8) & 0xFFFF;
                return waarde >= 1 && waarde <= 8 ? waarde : 1;
            }
        }
        return 1;
    }

    /** Whether the picture stands on its side: width and height swap when it is turned upright. */
    boolean opZijn() {
        return waarde >= 5;
    }

    /** Maps the stored pixels of a {@code breed} × {@code hoog} picture onto the upright one. */
    AffineTransform rechtop(int breed, int hoog) {
        return switch (waarde) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, breed, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, breed, hoog); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, hoog); // mirrored, upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored, on its side
            case 6 -> new AffineTransform(0, 1, -1, 0, hoog, 0); // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, hoog, breed); // mirrored, on its other side
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, breed); // a quarter turn anticlockwise
            default -> new AffineTransform();
        };
    }
}
