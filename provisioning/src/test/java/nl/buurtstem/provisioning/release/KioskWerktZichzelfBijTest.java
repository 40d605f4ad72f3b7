package nl.buurtstem.provisioning.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Kaartbestand;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk updates itself from the central node with the card's update script: a good release is installed beside
 * the current one and switched to; a broken one rolls back by itself; an unsigned one is never installed.
 * The kiosk app is a real process (the release's own launcher), restarted the way systemd would.
 */
class KioskWerktZichzelfBijTest {

    @TempDir
    Path centralData;

    @TempDir
    Path work;

    private CentralNode central;
    private Releases releases;
    private Path state;
    private Path script;
    private int kioskPort;

    @BeforeEach
    void start() throws Exception {
        Tools.require("jq", "openssl", "curl", "tar", "sha256sum");
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        releases = new Releases(work.resolve("build"), centralData);
        state = Files.createDirectories(work.resolve("var-lib-buurtstem"));
        script = Kaartbestand.kopieer("lib/buurtstem-update", work.resolve("lib/buurtstem-update"));
        kioskPort = FreePort.find();
        // Stands in for `systemctl restart buurtstem-kiosk`: stop the running app, start the current release.
        Files.writeString(work.resolve("restart"), """
                #!/usr/bin/env bash
                set -u
                pidfile="$BUURTSTEM_STATE/kiosk.pid"
                if [[ -f "$pidfile" ]]; then
                  old="$(cat "$pidfile")"
                  kill "$old" 2>/dev/null || true
                  for _ in $(seq 1 100); do kill -0 "$old" 2>/dev/null || break; sleep 0.1; done
                fi
                nohup "$BUURTSTEM_STATE/releases/current/bin/buurtstem-kiosk" >>"$BUURTSTEM_STATE/kiosk.log" 2>&1 &
                echo $! >"$pidfile"
                """);
    }

    @AfterEach
    void stop() throws Exception {
        Path pid = state.resolve("kiosk.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
        }
        central.stop();
    }

    @Test
    void a_good_release_is_installed_beside_the_current_one_and_switched_to() throws Exception {
        releases.publishHealthy("0.1.0");
        assertEquals(0, update().exit());
        releases.publishHealthy("0.2.0");

        Tools.Result result = update();

        assertEquals(0, result.exit(), result.output());
        assertEquals("0.2.0", current());
        assertEquals("0.2.0", health().get("version").asText());
        assertTrue(Files.isDirectory(state.resolve("releases/0.1.0")), "the previous release stays for a rollback");
        assertEquals("0.2.0", updateState().get("version").asText());
    }

    @Test
    void a_broken_release_rolls_back_to_the_one_that_worked() throws Exception {
        releases.publishHealthy("0.1.0");
        assertEquals(0, update().exit());
        releases.publishBroken("0.2.0");

        Tools.Result result = update();

        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("rolled back to 0.1.0"), result.output());
        assertEquals("0.1.0", current());
        assertTrue(result.output().contains("version 0.1.0 answers again"), result.output());
        assertEquals("0.1.0", health().get("version").asText(), "the kiosk answers again, on the old version");
        JsonNode rollback = updateState().get("rollback");
        assertEquals("0.2.0", rollback.get("from").asText());
        assertEquals("0.1.0", rollback.get("to").asText());

        Tools.Result again = update();
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("failed here before"), again.output());
        assertEquals("0.1.0", current());
    }

    @Test
    void a_release_that_stops_at_every_start_is_rolled_back_without_waiting_out_the_health_time() throws Exception {
        releases.publishHealthy("0.1.0");
        assertEquals(0, update().exit());
        releases.publishBroken("0.2.0");
        // Stands in for systemd running the app with Restart=always: asked how often it restarted the unit, it
        // starts the current release again whenever it has stopped, and counts.
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.writeString(bin.resolve("systemctl"), """
                #!/usr/bin/env bash
                [[ "$*" == "show -p NRestarts --value buurtstem-kiosk.service" ]] || exit 1
                count="$BUURTSTEM_STATE/restarts"
                pid="$(cat "$BUURTSTEM_STATE/kiosk.pid" 2>/dev/null || true)"
                # Gone, or a zombie nobody reaped: stopped either way.
                state="$(awk '{ print $3 }' "/proc/${pid:-0}/stat" 2>/dev/null || true)"
                if [[ -z "$state" || "$state" == Z ]]; then
                  echo $(($(cat "$count" 2>/dev/null || echo 0) + 1)) >"$count"
                  bash '%s'
                fi
                cat "$count" 2>/dev/null || echo 0
                """.formatted(work.resolve("restart")));
        assertTrue(bin.resolve("systemctl").toFile().setExecutable(true));
        Map<String, String> env = env();
        env.put("PATH", bin + ":" + Tools.path());
        // Far longer than the test may take: the rollback must come from the restarts, not from this.
        env.put("BUURTSTEM_HEALTH_SECONDS", "900");

        Tools.Result result = Tools.run(List.of("bash", script.toString()), env, null);

        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("version 0.2.0 stopped at every start"), result.output());
        assertTrue(result.output().contains("rolled back to 0.1.0"), result.output());
        assertEquals("0.1.0", current());
        assertEquals("0.1.0", health().get("version").asText(), "the kiosk answers again, on the old version");
    }

    @Test
    void a_release_not_signed_with_the_release_key_is_never_installed() throws Exception {
        releases.publishHealthy("0.1.0");
        assertEquals(0, update().exit());
        releases.publishHealthy("0.2.0");
        Path manifest = releases.releasesDir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("0.2.0", "0.2.1"));

        Tools.Result result = update();

        assertNotEquals(0, result.exit());
        assertTrue(result.output().contains("signature is not valid"), result.output());
        assertEquals("0.1.0", current());
        assertFalse(Files.exists(state.resolve("releases/0.2.1")));
    }

    @Test
    void a_validly_signed_older_release_served_again_is_not_installed() throws Exception {
        releases.publishHealthy("0.1.0");
        byte[] oudManifest = Files.readAllBytes(releases.releasesDir().resolve("manifest.json"));
        byte[] oudeHandtekening = Files.readAllBytes(releases.releasesDir().resolve("manifest.sig"));
        assertEquals(0, update().exit());
        releases.publishHealthy("0.2.0");
        assertEquals(0, update().exit());
        // The old, validly signed manifest comes back: a stale mirror, or someone who kept it for its known flaw.
        Files.write(releases.releasesDir().resolve("manifest.json"), oudManifest);
        Files.write(releases.releasesDir().resolve("manifest.sig"), oudeHandtekening);

        Tools.Result result = update();

        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("an older release, not installed"), result.output());
        assertEquals("0.2.0", current());
        assertEquals("0.2.0", health().get("version").asText());
    }

    @Test
    void a_switch_interrupted_by_a_power_cut_is_confirmed_at_the_next_boot() throws Exception {
        releases.publishHealthy("0.1.0");

        assertEquals(0, update("--install-only").exit());
        assertTrue(updateState().get("pending").asBoolean());
        Tools.Result boot = Tools.run(List.of("bash", work.resolve("restart").toString()), env(), null);
        assertEquals(0, boot.exit(), boot.output());
        Tools.Result resume = update("--resume");

        assertEquals(0, resume.exit(), resume.output());
        assertFalse(updateState().get("pending").asBoolean());
        assertEquals("0.1.0", updateState().get("version").asText());
    }

    private Tools.Result update(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        return Tools.run(command, env(), null);
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("BUURTSTEM_SITE_ENV", work.resolve("no-site.env").toString());
        env.put("CENTRAL_URL", central.url());
        env.put("KIOSK_PORT", Integer.toString(kioskPort));
        env.put("BUURTSTEM_STATE", state.toString());
        env.put("BUURTSTEM_RELEASE_KEY", releases.publicKey().toString());
        env.put("BUURTSTEM_RESTART", "bash " + work.resolve("restart"));
        env.put("BUURTSTEM_HEALTH_SECONDS", "15");
        env.put("BUURTSTEM_HEALTH_OKS", "2");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    private String current() throws IOException {
        return Files.readSymbolicLink(state.resolve("releases/current")).toString();
    }

    private JsonNode updateState() throws IOException {
        return new ObjectMapper().readTree(state.resolve("update-state.json").toFile());
    }

    private JsonNode health() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kioskPort + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }
}
