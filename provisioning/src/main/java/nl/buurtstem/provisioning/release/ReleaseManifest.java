package nl.buurtstem.provisioning.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A release manifest as {@code buurtstem release publish} writes it (and the kiosk's update script reads it): which
 * version, which file with which SHA-256 and size, and when it was published. Reading one that is not like that
 * gives an {@link IllegalArgumentException} that says what is wrong, never anything else.
 */
record ReleaseManifest(String version, String file, String sha256, long size, Instant publishedAt) {

    static final Pattern NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+~-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    static ReleaseManifest parse(byte[] bytes) {
        JsonNode m;
        try {
            m = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("the manifest is not JSON");
        }
        if (m == null || !m.isObject()) {
            throw new IllegalArgumentException("the manifest is not a JSON object");
        }
        String version = text(m, "version");
        String file = text(m, "file");
        if (!NAME.matcher(version).matches() || !NAME.matcher(file).matches()) {
            throw new IllegalArgumentException("the manifest's version and file have letters, digits and ._+~- only");
        }
        String sha = text(m, "sha256");
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("the manifest's sha256 is not 64 hexadecimal digits");
        }
        JsonNode size = m.get("size");
        if (size == null || !size.canConvertToLong() || size.asLong() < 0) {
            throw new IllegalArgumentException("the manifest's size is not a whole number of bytes");
        }
        try {
            return new ReleaseManifest(version, file, sha, size.asLong(), Instant.parse(text(m, "publishedAt")));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the manifest's publishedAt is not a time like 2026-12-06T10:00:00Z");
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("the manifest has no " + field);
        }
        return v.asText();
    }
}
