package nl.buurtstem.opendata;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Starts the central node: {@code --data DIR --port N [--base-uri URI] [--demo]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        CentralNode.Builder builder = CentralNode.builder().dataDir(Path.of("data/central"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> builder.dataDir(Path.of(value(args, ++i)));
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                case "--host" -> builder.host(value(args, ++i));
                case "--base-uri" -> builder.baseUri(value(args, ++i));
                case "--demo" -> builder.demoContent(true);
                default -> {
                    System.err.println("unknown option " + args[i]
                            + "; use --data DIR --port N [--host H] [--base-uri URI] [--demo]");
                    System.exit(2);
                }
            }
        }
        CentralNode node = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            stopped.countDown();
        }, "central-shutdown"));
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
