package nl.buurtstem.opendata;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import nl.buurtstem.opendata.catalogus.CatalogusSettings;
import nl.buurtstem.opendata.kiosk.Opstartkaarten;

/** Starts the central node: {@code --data DIR --port N [--base-uri URI] [--demo]} and the open-data options. */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        CentralNode.Builder builder = CentralNode.builder().dataDir(Path.of("data/central"));
        String licence = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> builder.dataDir(Path.of(value(args, ++i)));
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                case "--host" -> builder.host(value(args, ++i));
                case "--base-uri" -> builder.baseUri(value(args, ++i));
                case "--demo" -> builder.demoContent(true);
                case "--query-timeout-ms" -> builder.queryTimeout(Duration.ofMillis(Long.parseLong(value(args, ++i))));
                case "--max-results" -> builder.maxResults(Long.parseLong(value(args, ++i)));
                case "--privacy-threshold" -> builder.privacyThreshold(Integer.parseInt(value(args, ++i)));
                case "--publisher" -> builder.catalogus(CatalogusSettings.defaults(value(args, ++i), value(args, ++i)));
                case "--licence" -> licence = value(args, ++i);
                default -> {
                    System.err.println(
                            "unknown option " + args[i]
                                    + "; use --data DIR --port N [--host H] [--base-uri URI] [--demo] [--query-timeout-ms N] "
                                    + "[--max-results N] [--privacy-threshold N] [--publisher GM0193 \"Gemeente Zwolle\"] [--licence IRI]");
                    System.exit(2);
                }
            }
        }
        if (licence != null) {
            builder.licence(licence);
        }
        // The provisioning module, when on the class path (./buurtstem central puts it there), makes boot cards.
        ServiceLoader.load(Opstartkaarten.class).findFirst().ifPresent(builder::opstartkaarten);
        CentralNode node = builder.build().start();
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

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
