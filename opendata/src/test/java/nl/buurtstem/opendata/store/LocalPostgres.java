package nl.buurtstem.opendata.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.buurtstem.testsupport.FreePort;

/**
 * A PostgreSQL server of our own, from Debian's {@code postgresql} package: {@code initdb} and {@code pg_ctl} in a
 * temporary folder, on a free port of 127.0.0.1, stopped and removed by {@link #close()}. No Docker, no system
 * service: tests, the cluster test and the benchmark start one each.
 *
 * <pre>{@code
 * try (LocalPostgres pg = LocalPostgres.start(LocalPostgres.Durability.FAST)) {
 *     DatabaseAddress db = pg.createDatabase("peilingen");
 *     ...
 * }
 * }</pre>
 */
public final class LocalPostgres implements AutoCloseable {

    /** How much a commit costs: as in production, or without waiting for the disk (tests, where nothing is killed). */
    public enum Durability {
        /** fsync and synchronous commit on, as a municipality's server runs: for the benchmark. */
        AS_IN_PRODUCTION,
        /** fsync off: a test's database is thrown away, and the machine is not switched off under it. */
        FAST
    }

    private static final String USER = "buurtstem";

    private final Path folder;
    private final Path bin;
    private final int port;

    private LocalPostgres(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
    }

    public static LocalPostgres start(Durability durability) {
        Path bin = binaries();
        removeAbandoned();
        try {
            Path folder = Files.createTempDirectory("buurtstem-pg-");
            Files.writeString(
                    folder.resolve("owner.pid"),
                    Long.toString(ProcessHandle.current().pid()));
            if (runsAsRoot()) {
                // initdb refuses root; Debian's package made the postgres user for running the server.
                UserPrincipal postgres =
                        folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
            }
            Path data = folder.resolve("data");
            run(
                    bin,
                    folder,
                    "initdb",
                    "-D",
                    data.toString(),
                    "-U",
                    USER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync");
            List<String> options = new ArrayList<>(List.of(
                    "-c listen_addresses=127.0.0.1",
                    "-k " + folder,
                    "-c max_connections=300",
                    "-c shared_buffers=64MB"));
            if (durability == Durability.FAST) {
                options.addAll(List.of("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"));
            }
            for (int attempt = 1; ; attempt++) {
                int port = FreePort.find();
                try {
                    run(
                            bin,
                            folder,
                            "pg_ctl",
                            "-D",
                            data.toString(),
                            "-l",
                            folder.resolve("server.log").toString(),
                            "-w",
                            "-t",
                            "60",
                            "-o",
                            "-p " + port + " " + String.join(" ", options),
                            "start");
                    return new LocalPostgres(folder, bin, port);
                } catch (IllegalStateException portTaken) {
                    if (attempt == 3) {
                        throw portTaken;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a PostgreSQL server for the tests", e);
        }
    }

    public int port() {
        return port;
    }

    /** A new, empty database on this server. */
    public DatabaseAddress createDatabase(String name) {
        admin("CREATE DATABASE " + name);
        return address(name);
    }

    /** The address of a database on this server, as a node's --database option gives it. */
    public DatabaseAddress address(String name) {
        return DatabaseAddress.parse(url(name));
    }

    public String url(String name) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + name;
    }

    public void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        Properties p = new Properties();
        p.setProperty("user", USER);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            run(bin, folder, "pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            delete(folder);
        }
    }

    /** Debian installs the server's programs per major version, off the PATH: the newest one there, else the PATH. */
    private static Path binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(
                                v -> Integer.parseInt(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException | NumberFormatException ignored) {
                // look on the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException(
                "PostgreSQL's initdb is not installed; the tests on PostgreSQL need Debian's package: apt-get install postgresql");
    }

    private static void run(Path bin, Path folder, String program, String... args) {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("buurtstem-pg-", ".out");
            try {
                Process p = new ProcessBuilder(command)
                        .directory(folder.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(program + " did not finish within 2 minutes");
                }
                if (p.exitValue() != 0) {
                    String log = Files.exists(folder.resolve("server.log"))
                            ? Files.readString(folder.resolve("server.log"))
                            : "";
                    throw new IllegalStateException(program + " failed: " + Files.readString(output) + "\n"
                            + log.lines()
                                    .skip(Math.max(0, log.lines().count() - 20))
                                    .reduce("", (a, b) -> a + b + "\n"));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Servers left by a test JVM that was killed before it could stop them. */
    private static void removeAbandoned() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> folders = Files.list(tmp)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("buurtstem-pg-"))
                    .filter(Files::isDirectory)
                    .toList()) {
                Path pid = folder.resolve("owner.pid");
                boolean ownerAlive = Files.exists(pid)
                        && ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                if (!ownerAlive && Files.exists(folder.resolve("data/postmaster.pid"))) {
                    try {
                        run(
                                binaries(),
                                folder,
                                "pg_ctl",
                                "-D",
                                folder.resolve("data").toString(),
                                "-m",
                                "immediate",
                                "-w",
                                "stop");
                    } catch (IllegalStateException alreadyStopped) {
                        // nothing runs there any more
                    }
                }
                if (!ownerAlive) {
                    delete(folder);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // leftovers stay; they harm nothing but disk space
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a server still writing its log as it stops; the next start removes what is left
        }
    }
}
