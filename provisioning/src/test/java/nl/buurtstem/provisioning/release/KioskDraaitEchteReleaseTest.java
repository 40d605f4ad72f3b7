package nl.buurtstem.provisioning.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Kaartbestand;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.provisioning.enroll.EnrollCommand;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain with the real kiosk: pack the kiosk this repository builds, publish it signed, let the card's
 * update script install it, and see the kiosk start from the release, report its version and enroll itself.
 */
class KioskDraaitEchteReleaseTest {

    @TempDir
    Path centralData;

    @TempDir
    Path work;

    private CentralNode central;
    private Path state;

    @AfterEach
    void stop() throws Exception {
        Path pid = state == null ? null : state.resolve("kiosk.pid");
        if (pid != null && Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
        }
        if (central != null) {
            central.stop();
        }
    }

    @Test
    void the_packed_kiosk_starts_from_its_release_reports_its_version_and_enrolls() throws Exception {
        Tools.require("jq", "openssl", "curl", "tar", "sha256sum");
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        Releases releases = new Releases(work.resolve("build"), centralData);
        Path module = Path.of("").toAbsolutePath();
        Path kioskBuild = module.resolveSibling("kiosk").resolve(buildDirName());
        // `mvn verify` (./buurtstem test, CI) packages the kiosk before this module; a bare `mvn test` does not.
        Assumptions.assumeTrue(
                Files.exists(kioskBuild.resolve("runtime-classpath.txt")),
                "the kiosk is not packaged in " + kioskBuild + "; run mvn verify");
        Map<String, String> env = new HashMap<>();
        env.put("BUURTSTEM_TARGET", buildDirName());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + Tools.path());
        Tools.Result pack = Tools.run(
                List.of(
                        "bash",
                        module.resolve("pack-kiosk-release.sh").toString(),
                        "9.9.9",
                        work.resolve("out").toString()),
                env,
                null);
        assertEquals(0, pack.exit(), pack.output());
        releases.publishFile("9.9.9", work.resolve("out/buurtstem-kiosk-9.9.9.tar.gz"));

        Path card = work.resolve("card");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(
                0,
                EnrollCommand.run(
                        new String[] {
                            "--central",
                            central.url(),
                            "--name",
                            "Buurthuis De Kroon",
                            "--wijk",
                            "WK019311",
                            "--staff-key-file",
                            centralData.resolve("staff-api-key").toString(),
                            "--out",
                            card.toString()
                        },
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
        state = Files.createDirectories(work.resolve("var-lib-buurtstem"));
        Files.copy(card.resolve("kiosk.json"), state.resolve("kiosk.json"));
        int port = FreePort.find();
        // As buurtstem-kiosk.service starts it (site.env as its EnvironmentFile), with the simulated panel for GPIO.
        Files.writeString(work.resolve("restart"), """
                #!/usr/bin/env bash
                . "$BUURTSTEM_SITE_ENV"
                pidfile="$BUURTSTEM_STATE/kiosk.pid"
                if [[ -f "$pidfile" ]]; then
                  old="$(cat "$pidfile")"
                  kill "$old" 2>/dev/null || true
                  for _ in $(seq 1 100); do kill -0 "$old" 2>/dev/null || break; sleep 0.1; done
                fi
                nohup "$BUURTSTEM_STATE/releases/current/bin/buurtstem-kiosk" --config "$BUURTSTEM_STATE/kiosk.json" \\
                  --data "$BUURTSTEM_STATE" --port "$KIOSK_PORT" --hardware simulated >>"$BUURTSTEM_STATE/kiosk.log" 2>&1 &
                echo $! >"$pidfile"
                """);
        // The card's settings, on a free port instead of 8081 (this machine may run a demo there).
        Path siteEnv = work.resolve("site.env");
        Files.writeString(
                siteEnv,
                Files.readString(card.resolve("buurtstem/site.env")).replace("KIOSK_PORT=8081", "KIOSK_PORT=" + port));
        env.putAll(Map.of(
                "BUURTSTEM_SITE_ENV",
                siteEnv.toString(),
                "BUURTSTEM_STATE",
                state.toString(),
                "BUURTSTEM_RELEASE_KEY",
                card.resolve("buurtstem/release-key.pem").toString(),
                "BUURTSTEM_RESTART",
                "bash " + work.resolve("restart"),
                "BUURTSTEM_HEALTH_SECONDS",
                "120"));
        Path script = Kaartbestand.kopieer("lib/buurtstem-update", work.resolve("lib/buurtstem-update"));

        Tools.Result update = Tools.run(List.of("bash", script.toString()), env, null);

        assertEquals(0, update.exit(), update.output() + log());
        assertTrue(update.output().contains("version 9.9.9 is healthy"), update.output());
        JsonNode health = new ObjectMapper().readTree(get("http://127.0.0.1:" + port + "/health"));
        assertEquals("9.9.9", health.get("version").asText());
        awaitEnrolled();
    }

    private void awaitEnrolled() throws Exception {
        Beheer beheer = new Beheer(central.url(), centralData);
        boolean enrolled = Await.await(
                () -> {
                    for (JsonNode kiosk : beheer.get("/api/beheer/kiosks").path("kiosks")) {
                        if (kiosk.path("enrolled").asBoolean()) {
                            return true;
                        }
                    }
                    return false;
                },
                yes -> yes);
        if (!enrolled) {
            fail("the kiosk from the release did not enroll at the central node within " + Await.PATIENCE + log());
        }
    }

    private String log() throws Exception {
        Path log = state.resolve("kiosk.log");
        return Files.exists(log) ? "\nkiosk.log:\n" + Files.readString(log) : "";
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The build directory of this run (target, or -Dbuurtstem.target), taken from where the test classes are. */
    private static String buildDirName() throws Exception {
        Path testClasses = Path.of(KioskDraaitEchteReleaseTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return testClasses.getParent().getFileName().toString();
    }
}
