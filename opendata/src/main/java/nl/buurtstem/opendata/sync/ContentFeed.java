package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.kiosk.Kiosk;

/**
 * What a kiosk shows, for its own wijk: one field per section the features contribute, with an ETag so an
 * unchanged kiosk downloads nothing.
 */
final class ContentFeed {

    record Tagged(String etag, byte[] body) {}

    private final ObjectMapper json;
    private final List<ContentSection> sections;

    ContentFeed(ObjectMapper json, List<ContentSection> sections) {
        this.json = json;
        this.sections = List.copyOf(sections);
    }

    Tagged forKiosk(Kiosk kiosk) {
        ObjectNode document = json.createObjectNode();
        for (ContentSection section : sections) {
            Object content = section.content().apply(kiosk);
            // An empty Optional leaves the field out: the kiosk reads "absent" as "the default".
            if (content instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                content = optional.get();
            }
            document.set(section.name(), json.valueToTree(content));
        }
        try {
            byte[] body = json.writeValueAsBytes(document);
            return new Tagged("\"" + sha256(body) + "\"", body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content cannot be written as JSON", e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
