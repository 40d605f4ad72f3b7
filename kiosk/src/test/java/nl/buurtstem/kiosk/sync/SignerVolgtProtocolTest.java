package nl.buurtstem.kiosk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The kiosk signs exactly as the example in docs/sync-protocol.md, "Signing", says. */
class SignerVolgtProtocolTest {

    @Test
    void the_kiosk_signs_the_documented_example_to_the_documented_signature() {
        String signature = new Signer("s3cr3t")
                .sign(
                        "POST",
                        "/api/sync/v1/events",
                        1764000000000L,
                        "6f1c2a9e-0000-4000-8000-000000000001",
                        "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals("4cJOUDUJ6tZsz-EctrBZM4O7YKB3bbWoj1JgY2I7-xs", signature);
    }
}
