package nl.buurtstem.kiosk.wijkbudget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stemcode as the kiosk checks and sends it: hex SHA-256 of {@code wijkbudgetId + ":" + code}, the code
 * upper-cased with everything but letters and digits removed (docs/sync-protocol.md). The code itself never
 * leaves the kiosk and is never stored.
 */
final class Stemcode {

    private Stemcode() {}

    static String hash(String wijkbudgetId, String code) {
        String normal = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((wijkbudgetId + ":" + normal).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
