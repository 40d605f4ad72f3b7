package nl.buurtstem.provisioning.vm;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * What a screenshot of the kiosk's screen session shows. labwc alone leaves its background black with a pointer;
 * Chromium's kiosk window covers it (dark grey until the page's first frame, then the page: kiosk.css's --achter
 * background and --blauw top bar). Shares are of sampled pixels, printed so a failure says what was on screen.
 */
final class KioskScherm {

    private static final int LABWC = 0x000000;
    private static final int ACHTER = 0xf6f4ee;
    private static final int BLAUW = 0x0b3d6e;

    private KioskScherm() {}

    /** Chromium's window covers the compositor's background: at most a fifth of the screen is labwc's black. */
    static boolean chromiumCoversTheScreen(Path png) {
        double[] share = shares(png);
        return share[3] > 0 && share[0] <= 0.2;
    }

    static String describe(Path png) {
        double[] share = shares(png);
        return String.format(
                "%s: %.0f%% labwc black, %.0f%% kiosk page background, %.1f%% kiosk top bar blue",
                png, share[0] * 100, share[1] * 100, share[2] * 100);
    }

    private static double[] shares(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                return new double[] {1, 0, 0, 0};
            }
            long all = 0;
            long[] seen = new long[3];
            int[] colours = {LABWC, ACHTER, BLAUW};
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    all++;
                    for (int i = 0; i < colours.length; i++) {
                        seen[i] += near(rgb, colours[i]) ? 1 : 0;
                    }
                }
            }
            return new double[] {(double) seen[0] / all, (double) seen[1] / all, (double) seen[2] / all, all};
        } catch (IOException e) {
            return new double[] {1, 0, 0, 0};
        }
    }

    /** Within a few steps per channel: a software renderer may round colours slightly. */
    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 6) {
                return false;
            }
        }
        return true;
    }
}
