package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone writes a kiosk from docs/sync-protocol.md and docs/sync-openapi.yaml alone: what those documents
 * say must be what the central node does.
 */
class ProtocolBeschrijvingKloptTest {

    private static final Path DOCS = Path.of("..", "docs");

    @TempDir
    Path data;

    @Test
    void the_signing_example_in_the_document_is_what_the_central_node_computes() throws Exception {
        String doc = Files.readString(DOCS.resolve("sync-protocol.md"));
        String canonical = RequestSignature.canonical(
                "POST",
                "/api/sync/v1/events",
                "1764000000000",
                "6f1c2a9e-0000-4000-8000-000000000001",
                "{}".getBytes(StandardCharsets.UTF_8));

        assertTrue(
                doc.contains("`" + canonical.replace("\n", "\\n") + "`"), "canonical text as documented: " + canonical);
        assertTrue(doc.contains("`" + RequestSignature.sign("s3cr3t", canonical) + "`"), "signature as documented");
    }

    @Test
    void every_event_type_and_sync_request_the_central_node_accepts_is_documented() throws Exception {
        CentralNode central = CentralNode.builder()
                .dataDir(data)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        try {
            TestKiosk kiosk = TestKiosk.enroll(central, DemoContent.WIJK_DIEZERPOORT);
            HttpResponse<String> refused = kiosk.post(
                    "/api/sync/v1/events", KioskBerichten.answers(1, 1).replace("\"antwoord\"", "\"onbekend\""));
            List<String> accepted = listedTypes(refused.body());
            String protocol = Files.readString(DOCS.resolve("sync-protocol.md"));
            String openapi = Files.readString(DOCS.resolve("sync-openapi.yaml"));

            assertTrue(accepted.contains("antwoord"), refused.body());
            for (String type : accepted) {
                assertTrue(protocol.contains("| `" + type + "` |"), type + " is described in sync-protocol.md");
                assertTrue(openapi.contains("const: " + type + "}"), type + " has a schema in sync-openapi.yaml");
            }
            for (String path : List.of(
                    "/api/sync/v1/enroll",
                    "/api/sync/v1/events",
                    "/api/sync/v1/status",
                    "/api/sync/v1/content",
                    "/api/sync/v1/numbering",
                    "/api/beheer/sync/kiosks")) {
                assertTrue(openapi.contains("\n  " + path + ":"), path + " is in sync-openapi.yaml");
                assertTrue(protocol.contains(path), path + " is in sync-protocol.md");
            }
            assertEquals(
                    200,
                    kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, 1))
                            .statusCode());
        } finally {
            central.stop();
        }
    }

    private static List<String> listedTypes(String problem) {
        Matcher list = Pattern.compile("is not one of \\[([^]]*)]").matcher(problem);
        assertTrue(list.find(), problem);
        List<String> types = new ArrayList<>();
        for (String t : list.group(1).split(",")) {
            types.add(t.strip());
        }
        return types;
    }
}
