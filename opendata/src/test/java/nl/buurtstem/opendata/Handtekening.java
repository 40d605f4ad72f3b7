package nl.buurtstem.opendata;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A kiosk's signature on a request, made by the text of docs/sync-protocol.md and not with the central node's own
 * code, so that the document is what the stories test.
 */
final class Handtekening {

    private Handtekening() {}

    /** Adds the signature headers of kiosk {@code kioskId} over this request, signed with {@code secret}. */
    static HttpRequest.Builder zet(
            HttpRequest.Builder request,
            String kioskId,
            String secret,
            String method,
            String path,
            byte[] body,
            long timestamp,
            String nonce) {
        String ts = Long.toString(timestamp);
        String canonical = method + "\n" + path + "\n" + ts + "\n" + nonce + "\n" + sha256Hex(body);
        return request.header("Buurtstem-Kiosk", kioskId)
                .header("Buurtstem-Timestamp", ts)
                .header("Buurtstem-Nonce", nonce)
                .header("Buurtstem-Signature", hmac(secret, canonical));
    }

    private static String hmac(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
