package nl.buurtstem.kiosk.wijkbudget;

import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stemcode as the kiosk checks and sends it (docs/sync-protocol.md): printed as {@code PREFIX-XXXX-XXXX-XXXX}, twelve
 * symbols from {@value #ALFABET}; kept and sent only as lowercase hex of PBKDF2WithHmacSHA256 over the twelve symbols
 * with the wijkbudget's salt and iterations (256 bits). The code itself never leaves the kiosk and is never stored.
 */
final class Stemcode {

    static final String ALFABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int SYMBOLEN = 12;

    private Stemcode() {}

    /**
     * The twelve symbols of a code as typed: upper-cased, without spaces and dashes and the prefix in front; empty
     * when what is left is not twelve symbols of the alphabet.
     */
    static Optional<String> normaliseer(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        String schoon = code.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        // The prefix is letters only (e.g. DIEZ); anything else in front of the twelve symbols is a typing slip.
        if (!schoon.matches("[A-Z]*[" + ALFABET + "]{" + SYMBOLEN + "}")) {
            return Optional.empty();
        }
        return Optional.of(schoon.substring(schoon.length() - SYMBOLEN));
    }

    static String hash(String symbolen, byte[] zout, int iteraties) {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(symbolen.toCharArray(), zout, iteraties, 256))
                    .getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
