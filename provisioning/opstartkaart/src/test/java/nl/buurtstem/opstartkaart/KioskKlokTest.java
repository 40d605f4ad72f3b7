package nl.buurtstem.opstartkaart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's clock check (lib/buurtstem-timecheck) against a real HTTP server on localhost standing in for the
 * central node's /health. The host clock cannot be set in a test, so the script finds stand-ins first on PATH:
 * {@code timedatectl} answers the NTP question, and {@code date} is the kiosk's clock, kept in a file (reading
 * "now" reads it, {@code date -s} writes it; parsing a Date header is the real date). The JDK's server always
 * stamps its own Date header with the true time, so the kiosk's clock is the one that is hours off, as after a
 * power cut on a Pi without a clock battery.
 */
class KioskKlokTest {

    private static final long HOURS = 3600;

    @TempDir
    Path work;

    private HttpServer central;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> datesSent = new LinkedBlockingQueue<>();
    private Path clock;

    @BeforeEach
    void startCentralNode() throws IOException {
        Tools.require("curl", "date");
        central = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        central.createContext("/health", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(200, -1);
            // The server writes its Date header while sending; what it wrote is known only afterwards.
            datesSent.add(exchange.getResponseHeaders().getFirst("Date"));
            exchange.close();
        });
        central.start();
        clock = work.resolve("clock");
    }

    @AfterEach
    void stopCentralNode() {
        central.stop(0);
    }

    @Test
    void a_clock_hours_behind_is_set_to_the_central_nodes_time() throws Exception {
        long kiosk = Instant.now().getEpochSecond() - 5 * HOURS - 17 * 60;

        Tools.Result check = timecheck(centralUrl(), "no", kiosk);

        assertEquals(0, check.exit(), check.output());
        assertEquals(List.of("HEAD /health"), requests);
        long centralTime = dateSent();
        assertEquals(centralTime, kioskClock(), check.output());
        assertTrue(
                check.output().contains("clock was off by " + (centralTime - kiosk) + "s; set from the central node"),
                check.output());
    }

    @Test
    void a_clock_hours_ahead_is_set_back() throws Exception {
        long kiosk = Instant.now().getEpochSecond() + 2 * HOURS;

        Tools.Result check = timecheck(centralUrl(), "no", kiosk);

        assertEquals(0, check.exit(), check.output());
        long centralTime = dateSent();
        assertEquals(centralTime, kioskClock(), check.output());
        assertTrue(check.output().contains("clock was off by -" + (kiosk - centralTime) + "s"), check.output());
    }

    @Test
    void a_clock_within_five_minutes_is_left_alone() throws Exception {
        long kiosk = Instant.now().getEpochSecond() - 120;

        Tools.Result check = timecheck(centralUrl(), "no", kiosk);

        assertEquals(0, check.exit(), check.output());
        assertEquals(List.of("HEAD /health"), requests, "the central node was asked");
        assertEquals(kiosk, kioskClock(), "the clock was not set");
        assertTrue(check.output().contains("clock within 300s of the central node"), check.output());
    }

    @Test
    void an_unreachable_central_node_leaves_the_clock_as_it_is() throws Exception {
        long kiosk = Instant.now().getEpochSecond() - 5 * HOURS;
        int closedPort = FreePort.find();

        Tools.Result check = timecheck("http://127.0.0.1:" + closedPort + "/", "no", kiosk);

        assertEquals(0, check.exit(), "a failed check must not fail the timer unit: " + check.output());
        assertEquals(kiosk, kioskClock());
        assertTrue(
                check.output().contains("no NTP and the central node is unreachable; clock left as is"),
                check.output());
    }

    @Test
    void with_ntp_synchronised_nothing_is_fetched() throws Exception {
        long kiosk = Instant.now().getEpochSecond() - 5 * HOURS;

        Tools.Result check = timecheck(centralUrl(), "yes", kiosk);

        assertEquals(0, check.exit(), check.output());
        assertEquals(List.of(), requests, "NTP is trusted; the central node is not asked");
        assertEquals(kiosk, kioskClock());
        assertTrue(check.output().contains("clock synchronised by NTP"), check.output());
        assertEquals(
                "show -p NTPSynchronized --value",
                Files.readString(work.resolve("timedatectl.calls")).strip());
    }

    @Test
    void first_boot_sets_the_clock_from_the_central_node_before_apt_asks_the_mirror_anything() throws Exception {
        // A Pi 4 on a buurthuis network that blocks NTP, started at the image's date, months behind.
        long kiosk = Instant.now().getEpochSecond() - 200 * 24 * HOURS;
        Path list = Files.writeString(work.resolve("packages.list"), "# the kiosk's packages\nlabwc\n\nchromium\n");
        Path bin = standIns(centralUrl(), "no", kiosk);
        standIn(bin.resolve("apt-get"), """
                #!/usr/bin/env bash
                echo "$(date -u +%%s) $*" >>'%s'
                """.formatted(work.resolve("apt.calls")));

        Tools.Result packages = run("buurtstem-packages", bin, list.toString());

        assertEquals(0, packages.exit(), packages.output());
        long centralTime = dateSent();
        List<String> apt = Files.readAllLines(work.resolve("apt.calls"));
        assertEquals(2, apt.size(), apt.toString());
        assertTrue(apt.get(0).matches("\\d+ -q -o Acquire::Check-Date=false update"), apt.get(0));
        assertTrue(apt.get(1).endsWith(" install -y --no-install-recommends labwc chromium"), apt.get(1));
        for (String call : apt) {
            long clockSeenByApt = Long.parseLong(call.substring(0, call.indexOf(' ')));
            assertTrue(
                    clockSeenByApt >= centralTime && clockSeenByApt < centralTime + 60,
                    "apt ran with the central node's time, not the image's: " + call);
        }
        String userData = new String(
                Opstartkaart.class.getResourceAsStream("/boot/user-data.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(
                !userData.contains("\npackages:") && !userData.contains("package_update"),
                "cloud-init's own package step would run before the clock is set: " + userData);
    }

    private Tools.Result timecheck(String centralUrl, String ntpSynchronized, long kioskTime) throws Exception {
        return run("buurtstem-timecheck", standIns(centralUrl, ntpSynchronized, kioskTime));
    }

    /** Stand-ins for NTP and the kiosk's clock, first on PATH; the clock starts at kioskTime. */
    private Path standIns(String centralUrl, String ntpSynchronized, long kioskTime) throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.writeString(clock, kioskTime + "\n");
        Files.writeString(work.resolve("site.env"), "CENTRAL_URL=" + centralUrl + "\n");
        standIn(bin.resolve("timedatectl"), """
                #!/usr/bin/env bash
                echo "$*" >>'%s'
                if [[ "$*" != "show -p NTPSynchronized --value" ]]; then echo "stand-in timedatectl: unexpected $*" >&2; exit 1; fi
                echo %s
                """.formatted(work.resolve("timedatectl.calls"), ntpSynchronized));
        standIn(bin.resolve("date"), """
                #!/usr/bin/env bash
                set -euo pipefail
                real='%s'
                clock='%s'
                args=("$@")
                for ((i = 0; i < ${#args[@]}; i++)); do
                  case "${args[i]}" in
                    -s | --set) "$real" -u -d "${args[i + 1]}" +%%s >"$clock"; exit 0 ;;
                    -d | --date | --date=*) exec "$real" "$@" ;;
                  esac
                done
                exec "$real" -d "@$(cat "$clock")" "$@"
                """.formatted(realDate(), clock));
        return bin;
    }

    private Tools.Result run(String script, Path bin, String... args) throws Exception {
        Path file = Path.of(
                Opstartkaart.class.getResource("/boot/payload/lib/" + script).toURI());
        List<String> command = new ArrayList<>(List.of("bash", file.toString()));
        command.addAll(List.of(args));
        return Tools.run(
                command,
                Map.of(
                        "PATH",
                        bin + ":" + Tools.path(),
                        "BUURTSTEM_SITE_ENV",
                        work.resolve("site.env").toString()),
                work);
    }

    private static void standIn(Path file, String text) throws IOException {
        Files.writeString(file, text);
        assertTrue(file.toFile().setExecutable(true));
    }

    private static String realDate() {
        return Arrays.stream(Tools.path().split(":"))
                .map(dir -> Path.of(dir, "date"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow()
                .toString();
    }

    private String centralUrl() {
        return "http://127.0.0.1:" + central.getAddress().getPort() + "/";
    }

    private long kioskClock() throws IOException {
        return Long.parseLong(Files.readString(clock).strip());
    }

    private long dateSent() throws InterruptedException {
        String date = datesSent.poll(30, TimeUnit.SECONDS);
        assertNotNull(date, "the server answered without a Date header");
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
    }
}
