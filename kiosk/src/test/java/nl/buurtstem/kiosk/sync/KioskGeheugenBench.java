package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.testsupport.FreePort;

/**
 * The kiosk's memory and start-up under its real workload, for each set of JVM flags given (bench/kiosk-memory runs
 * it; the first set is the baseline). Per set: the kiosk's own Main in its own JVM, on a database that has content
 * and a backlog queued (a weekend offline); the time from starting the JVM to the first screen being served with
 * its poll; then residents tapping through every screen and answering while the backlog drains; the resident set
 * size (VmRSS) after start and its peak (VmHWM) read from /proc. It measures; it asserts nothing.
 *
 * <p>Arguments: [backlog=20000] [visits=300], then one argument per flag set, flags separated by spaces (leading
 * {@code NAME=value} words are set in the kiosk's environment, as the launcher exports them). The kiosk runs on the
 * classpath in {@code kiosk.bench.classpath} (bench/kiosk-memory: the release's jars), else on this bench's own.
 */
public final class KioskGeheugenBench {

    private static final String KIOSK_MAIN = "nl.buurtstem.kiosk.Main";
    private static final List<String> SCHERMEN = List.of(
            "",
            "api/peilingen",
            "api/plannen",
            "api/initiatieven",
            "api/wijkbudgetten",
            "api/gebeurd",
            "api/vertalingen",
            "api/hulpknop",
            "kiosk.css");

    private KioskGeheugenBench() {}

    public static void main(String[] args) throws Exception {
        int backlog = Integer.parseInt(args[0]);
        int visits = Integer.parseInt(args[1]);
        Path base = Path.of(System.getProperty("kiosk.bench.dir", "."));
        Files.createDirectories(base);
        Path work = Files.createTempDirectory(base, "kiosk-memory");
        Gemeente gemeente = Gemeente.start(work.resolve("central"));
        List<String[]> rows = new ArrayList<>();
        try {
            for (int i = 2; i < args.length; i++) {
                rows.add(run(gemeente.centrale(), work.resolve("kiosk-" + i), args[i], backlog, visits));
            }
        } finally {
            gemeente.stop();
        }
        System.out.printf(
                Locale.ROOT,
                "kiosk memory and start-up (own JVM, backlog %,d events, %d visits of every screen):%n",
                backlog,
                visits);
        System.out.printf(
                Locale.ROOT,
                "  %-9s %-12s %-12s %-12s %-13s %s%n",
                "",
                "first screen",
                "RSS at start",
                "RSS peak",
                "catch-up",
                "JVM flags");
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            System.out.printf(
                    Locale.ROOT,
                    "  %-9s %-12s %-12s %-12s %-13s %s%n",
                    r == 0 ? "baseline" : "flags " + r,
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4]);
        }
    }

    private static String[] run(Centrale centrale, Path data, String flags, int backlog, int visits) throws Exception {
        Files.createDirectories(data);
        Registratie registratie = centrale.registreer("Bench geheugen " + data.getFileName());
        Files.writeString(data.resolve("kiosk.json"), Centrale.JSON.writeValueAsString(registratie.config()));
        int port = FreePort.find();
        String peiling;
        // First start: enrolment and content, as a kiosk has them after its first day.
        try (AparteJvm first = start(flags, data, port, "first.log")) {
            peiling = new Bewoners(first.url()).actievePeiling();
            await(() -> new Bewoners(first.url()).wachtend(), n -> n == 0, Duration.ofMinutes(2));
        }
        sayIfNoArchive(flags, data);
        queue(data, peiling, backlog);

        long t0 = System.nanoTime();
        try (AparteJvm kiosk = start(flags, data, port, "kiosk.log")) {
            Bewoners bewoners = new Bewoners(kiosk.url());
            HttpClient http = HttpClient.newHttpClient();
            await(
                    () -> get(http, kiosk.url()) == 200 && get(http, kiosk.url() + "api/peilingen/actief") == 200,
                    ready -> ready,
                    Duration.ofMinutes(1));
            double firstScreen = (System.nanoTime() - t0) / 1e6;
            long rssStart = kiosk.kilobytes("VmRSS");
            long t1 = System.nanoTime();
            AtomicBoolean draining = new AtomicBoolean(true);
            AtomicLong drained = new AtomicLong();
            Thread watch = new Thread(() -> {
                try {
                    await(bewoners::wachtend, n -> n == 0, Duration.ofMinutes(30));
                    drained.set(System.nanoTime() - t1);
                } catch (Exception e) {
                    drained.set(-1);
                } finally {
                    draining.set(false);
                }
            });
            watch.start();
            for (int v = 0; v < visits || draining.get(); v++) {
                for (String scherm : SCHERMEN) {
                    get(http, kiosk.url() + scherm);
                }
                bewoners.tik(peiling, 1 + v % 3);
            }
            watch.join();
            return new String[] {
                String.format(Locale.ROOT, "%.2f s", firstScreen / 1000),
                String.format(Locale.ROOT, "%d MB", rssStart / 1024),
                String.format(Locale.ROOT, "%d MB", kiosk.kilobytes("VmHWM") / 1024),
                String.format(Locale.ROOT, "%.1f s", drained.get() / 1e9),
                flags
            };
        }
    }

    /**
     * A class data archive is written when the first start exits; without it the measured start runs without one, as
     * this bench did unnoticed while the kiosk ran on a classpath with folders (the JVM then refuses to write it).
     */
    private static void sayIfNoArchive(String flags, Path data) {
        for (String flag : flags.trim().split("\\s+")) {
            if (flag.startsWith("-XX:SharedArchiveFile=")
                    && !Files.exists(Path.of(flag.substring(flag.indexOf('=') + 1)))) {
                System.out.printf(
                        Locale.ROOT,
                        "no class data archive after the first start, so these figures are without one: %s (see %s)%n",
                        flag,
                        data.resolve("first.log"));
            }
        }
    }

    /** Starts the kiosk with {@code flags}: JVM flags, after environment variables such as MALLOC_ARENA_MAX=2. */
    private static AparteJvm start(String flags, Path data, int port, String log) {
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> jvmFlags = new ArrayList<>();
        for (String flag : flags.trim().split("\\s+")) {
            if (flag.matches("[A-Z_]+=.*")) {
                environment.put(flag.substring(0, flag.indexOf('=')), flag.substring(flag.indexOf('=') + 1));
            } else {
                jvmFlags.add(flag);
            }
        }
        return AparteJvm.start(
                KIOSK_MAIN,
                System.getProperty("kiosk.bench.classpath", System.getProperty("java.class.path")),
                port,
                environment,
                jvmFlags,
                Duration.ofMinutes(5),
                data.resolve(log),
                "--config",
                data.resolve("kiosk.json").toString(),
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port),
                "--hardware",
                "simulated",
                "--sync-interval-ms",
                "500",
                "--answer-cooldown-ms",
                "0");
    }

    private static int get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void queue(Path data, String peiling, int n) {
        Instant from = Instant.now().minus(Duration.ofDays(2));
        try (Database db = Database.open(data.resolve("kiosk.db"))) {
            db.transaction(c -> {
                for (int i = 0; i < n; i++) {
                    Outbox.append(
                            c,
                            "antwoord",
                            "{\"peiling\":\"" + peiling + "\",\"optie\":" + (1 + i % 3) + ",\"kanaal\":\"scherm\"}",
                            from.plusSeconds(i * 8L));
                }
                return null;
            });
        }
    }
}
