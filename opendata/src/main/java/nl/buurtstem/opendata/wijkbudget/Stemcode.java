package nl.buurtstem.opendata.wijkbudget;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Stemcodes as printed on the municipality's letters and as kept: {@code PREFIX-XXXX-XXXX-XXXX}, twelve symbols from
 * {@value #ALFABET} (no 0/O, 1/I/L mix-ups; 32 symbols, so 60 random bits). Only a salted slow hash is kept: lowercase
 * hex of PBKDF2WithHmacSHA256 over the twelve symbols, with the wijkbudget's salt and iteration count, 256 bits.
 * Kiosks hash a typed code the same way to check it offline, so a stolen SD card gives no usable codes
 * (docs/sync-protocol.md).
 */
public final class Stemcode {

    public static final String ALFABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int SYMBOLEN = 12;
    /**
     * Iterations for a new wijkbudget. Measured on the 2-core EPYC build machine (Java uses its SHA instructions): 17 ms
     * a check when idle, 36–41 ms at load 9; estimated 0.2–0.3 s on a Raspberry Pi 4, whose Cortex-A72 lacks SHA
     * extensions (not measured on a Pi). A resident hardly waits; a thief with the SD card pays 50,000 HMACs per guess
     * of 60 bits.
     */
    public static final int ITERATIES = 50_000;

    private Stemcode() {}

    /** A fresh code for a letter, e.g. {@code DIEZ-7K3M-Q9TX-4HPA}. */
    public static String nieuw(SecureRandom random, String prefix) {
        StringBuilder code = new StringBuilder(prefix.toUpperCase(Locale.ROOT));
        for (int i = 0; i < SYMBOLEN; i++) {
            code.append(i % 4 == 0 ? "-" : "").append(ALFABET.charAt(random.nextInt(ALFABET.length())));
        }
        return code.toString();
    }

    /** The twelve symbols of a code as typed: upper-cased, without spaces, dashes and the prefix; empty if not one. */
    public static Optional<String> normaliseer(String code) {
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

    /** The hash kept and sent for a code; {@code symbolen} are its twelve normalised symbols. */
    public static String hash(String symbolen, byte[] zout, int iteraties) {
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
