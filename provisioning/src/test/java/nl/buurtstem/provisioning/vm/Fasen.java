package nl.buurtstem.provisioning.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the boot test's time goes (image, each start, each wait), printed as each phase ends and kept in
 * target/boot-test/fasen.txt: the test has a budget in CI, and these figures say what to cut. Not asserted on.
 */
final class Fasen {

    /** A step of the test that may throw, timed as one phase. */
    interface Stap<T> {
        T run() throws Exception;
    }

    private final Path file;
    private final long start = System.nanoTime();
    private final Map<String, Duration> phases = new LinkedHashMap<>();

    Fasen(Path file) {
        this.file = file;
    }

    /** A step that returns nothing. */
    interface Handeling {
        void run() throws Exception;
    }

    void time(String phase, Handeling step) throws Exception {
        time(phase, () -> {
            step.run();
            return null;
        });
    }

    <T> T time(String phase, Stap<T> step) throws Exception {
        long begin = System.nanoTime();
        try {
            return step.run();
        } finally {
            record(phase, Duration.ofNanos(System.nanoTime() - begin));
        }
    }

    private synchronized void record(String phase, Duration took) {
        phases.merge(phase, took, Duration::plus);
        String line = String.format(
                "boot test phase %-58s %4d s  (total %4d s)",
                phase,
                took.toSeconds(),
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        System.out.println(line);
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(could not keep the phase in " + file + ": " + e.getMessage() + ")");
        }
    }
}
