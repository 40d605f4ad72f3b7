package nl.buurtstem.opendata.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 signature every kiosk request carries (docs/sync-protocol.md, "Signing").
 * The signed text binds method, path, time, a one-off nonce and the body, so none can be swapped.
 */
public final class RequestSignature {

    public static final String KIOSK = "Buurtstem-Kiosk";
    public static final String TIMESTAMP = "Buurtstem-Timestamp";
    public static final String NONCE = "Buurtstem-Nonce";
    public static final String SIGNATURE = "Buurtstem-Signature";

    private RequestSignature() {}

    public static String canonical(String method, String path, String timestamp, String nonce, byte[] body) {
        return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
    }

    public static String sign(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
