package nl.buurtstem.kiosk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by what they do for the sync bench, read from Linux's /proc (so the JIT compiler's and
 * the garbage collector's threads count too, which the JVM's own thread accounting leaves out). Threads that end
 * between two samples are lost; the bench's threads all live through its timed part.
 */
final class ThreadCpu {

    enum Group {
        NODE_REQUESTS("the central node's request threads"),
        KIOSKS("the simulated kiosks (bench threads, their HTTP clients)"),
        JIT("JIT compiler"),
        GC("garbage collector"),
        REST("the rest (the node's publisher, periods, dumps; the JVM)");

        final String label;

        Group(String label) {
            this.label = label;
        }
    }

    private final Map<Group, Long> nanos;

    private ThreadCpu(Map<Group, Long> nanos) {
        this.nanos = nanos;
    }

    static ThreadCpu sample() {
        Map<Group, Long> nanos = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            nanos.put(g, 0L);
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    nanos.merge(groupOf(name), ticks * 10_000_000L, Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // The thread ended while the folder was read.
                }
            });
        } catch (IOException noProc) {
            // Not Linux: every group stays 0 and the bench says so.
        }
        return new ThreadCpu(nanos);
    }

    private static Group groupOf(String name) {
        if (name.startsWith("JettyServerThre")) {
            return Group.NODE_REQUESTS;
        }
        if (name.startsWith("pool-") || name.startsWith("HttpClient")) {
            return Group.KIOSKS;
        }
        if (name.contains("CompilerThre")) {
            return Group.JIT;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return Group.GC;
        }
        return Group.REST;
    }

    /** Milliseconds of CPU per {@code per} since {@code before}, by group, and in all. */
    String since(ThreadCpu before, long per, String perWhat) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Group g : Group.values()) {
            long spent = nanos.get(g) - before.nanos.get(g);
            total += spent;
            line.append(String.format("%n    %-60s %6.1f ms", g.label, spent / 1e6 / per));
        }
        return String.format("%.1f CPU-s, %.1f ms a %s:", total / 1e9, total / 1e6 / per, perWhat) + line;
    }
}
