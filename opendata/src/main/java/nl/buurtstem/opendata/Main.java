package nl.buurtstem.opendata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import nl.buurtstem.opendata.catalogus.CatalogusSettings;
import nl.buurtstem.opendata.lod.DumpSchedule;
import nl.buurtstem.opendata.store.DatabaseAddress;

/**
 * Starts the central node: {@code --data DIR --port N [--base-uri URI] [--demo] [--database ADDRESS]} and the
 * open-data options; {@code --config FILE} reads the same options from a file, one {@code name = value} a line.
 */
public final class Main {

    private Main() {}

    public static void main(String[] commandLine) throws InterruptedException {
        String[] args = withConfigFile(commandLine);
        CentralNode.Builder builder = CentralNode.builder().dataDir(Path.of("data/central"));
        String licence = null;
        String contactEmail = null;
        List<String> proxies = new ArrayList<>();
        Duration dumpsQuiet = DumpSchedule.DEFAULT.quiet();
        Duration dumpsAtLatest = DumpSchedule.DEFAULT.atLatest();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> builder.dataDir(Path.of(value(args, ++i)));
                case "--database" -> builder.database(database(value(args, ++i)));
                case "--sparql-store" -> builder.sparqlStore(value(args, ++i));
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                case "--host" -> builder.host(value(args, ++i));
                case "--base-uri" -> builder.baseUri(value(args, ++i));
                case "--demo" -> builder.demoContent(true);
                case "--query-timeout-ms" -> builder.queryTimeout(Duration.ofMillis(Long.parseLong(value(args, ++i))));
                case "--max-results" -> builder.maxResults(Long.parseLong(value(args, ++i)));
                case "--privacy-threshold" -> builder.privacyThreshold(Integer.parseInt(value(args, ++i)));
                case "--publicatieperiode" -> builder.publicatieperiode(periode(value(args, ++i)));
                case "--contact-bewaartermijn" -> builder.contactBewaartermijn(periode(value(args, ++i)));
                case "--dumps-quiet" -> dumpsQuiet = periode(value(args, ++i));
                case "--dumps-at-latest" -> dumpsAtLatest = periode(value(args, ++i));
                case "--publisher" -> builder.catalogus(CatalogusSettings.defaults(value(args, ++i), value(args, ++i)));
                case "--licence" -> licence = value(args, ++i);
                case "--contact-email" -> contactEmail = value(args, ++i);
                case "--trusted-proxy" ->
                    proxies.addAll(List.of(value(args, ++i).split(",")));
                default -> {
                    System.err.println("unknown option " + args[i]
                            + "; use [--config FILE] --data DIR --port N [--database postgresql://user@host/db] "
                            + "[--sparql-store http://fuseki:3030/ds] [--host H] [--base-uri URI] [--demo] "
                            + "[--query-timeout-ms N] "
                            + "[--max-results N] [--privacy-threshold N] [--publicatieperiode P1D] [--contact-bewaartermijn P90D] "
                            + "[--dumps-quiet PT2S] [--dumps-at-latest PT1M] [--publisher GM0193 \"Gemeente Zwolle\"] [--licence IRI] "
                            + "[--contact-email ADDRESS] [--trusted-proxy ADDRESS[,ADDRESS]]");
                    System.exit(2);
                }
            }
        }
        builder.trustedProxies(proxies);
        builder.dumps(dumpsQuiet, dumpsAtLatest);
        if (licence != null) {
            builder.licence(licence);
        }
        if (contactEmail != null) {
            builder.contactEmail(contactEmail);
        }
        CentralNode node;
        try {
            node = builder.build().start();
        } catch (PortReservation.InUse e) {
            System.err.println(e.getMessage() + "; stop that program, or start this node with --port and a free port");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            node.stop();
                            stopped.countDown();
                        },
                        "central-shutdown"));
        System.out.println("central node ready on " + node.url());
        stopped.await();
    }

    private static Duration periode(String iso) {
        try {
            return Duration.parse(iso);
        } catch (RuntimeException e) {
            System.err.println("--publicatieperiode, --contact-bewaartermijn and the --dumps- options take an ISO 8601 "
                    + "duration such as P1D (a day), P90D (90 days) or PT2S (two seconds), not " + iso);
            System.exit(2);
            return null;
        }
    }

    private static DatabaseAddress database(String address) {
        try {
            return DatabaseAddress.parse(address);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return null;
        }
    }

    /** The options in the file named by --config, followed by those on the command line (which win). */
    private static String[] withConfigFile(String[] commandLine) {
        List<String> args = new ArrayList<>();
        List<String> rest = new ArrayList<>(List.of(commandLine));
        int at = rest.indexOf("--config");
        if (at >= 0) {
            Path file = Path.of(value(commandLine, at + 1));
            rest.subList(at, at + 2).clear();
            try {
                args.addAll(ConfigFile.read(file));
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("cannot use the configuration file " + file + ": " + e.getMessage());
                System.exit(2);
            }
        }
        args.addAll(rest);
        return args.toArray(String[]::new);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
