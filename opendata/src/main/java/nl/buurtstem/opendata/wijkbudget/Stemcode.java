package nl.buurtstem.opendata.wijkbudget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a stemcode is kept and sent: hex SHA-256 of {@code wijkbudgetId + ":" + code}, the code upper-cased with
 * everything but letters and digits removed. Kiosks compute the same hash to check a code offline.
 */
public final class Stemcode {

    private Stemcode() {}

    public static String hash(String wijkbudgetId, String code) {
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
