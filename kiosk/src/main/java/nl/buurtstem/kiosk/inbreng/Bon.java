package nl.buurtstem.kiosk.inbreng;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A receipt code: 8 characters a resident copies on paper ("K7QM-3XPA"), from letters and digits that cannot be
 * mistaken for each other (no 0/O, 1/I/L). Only its SHA-256 leaves the kiosk; the code itself is shown once.
 */
public final class Bon {

    static final String ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Bon() {}

    /** A new code, as shown: two groups of four. */
    public static String nieuw() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALFABET.charAt(RANDOM.nextInt(ALFABET.length())));
            if (i == 3) {
                code.append('-');
            }
        }
        return code.toString();
    }

    /** The code as typed, forgiving spaces, dashes and lower case; empty when it cannot be one. */
    public static Optional<String> lees(String getypt) {
        if (getypt == null || getypt.length() > 40) {
            return Optional.empty();
        }
        String code = getypt.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != 8 || !code.chars().allMatch(c -> ALFABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** What the central node stores and is asked for: lowercase hex SHA-256 of the 8 characters. */
    public static String hash(String code) {
        String schoon = lees(code).orElseThrow(() -> new IllegalArgumentException("not a receipt code: " + code));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(schoon.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
