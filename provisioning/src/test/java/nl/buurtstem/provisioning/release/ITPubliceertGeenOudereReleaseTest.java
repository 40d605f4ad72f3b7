package nl.buurtstem.provisioning.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./buurtstem release publish} refuses a version older than the one published, as the kiosks would; IT goes
 * back on purpose with --allow-older, as a new publication (later publishedAt) that kiosks then accept.
 */
class ITPubliceertGeenOudereReleaseTest {

    @TempDir
    Path work;

    private Path releases;

    @BeforeEach
    void sleutel() {
        releases = work.resolve("central/releases");
        assertEquals(0, run("keygen", "--out", work.resolve("keys").toString()).exit(), "keygen");
    }

    @Test
    void an_older_version_is_refused_unless_going_back_on_purpose() throws Exception {
        assertEquals(0, publish("1.10.0").exit());
        ReleaseManifest published = manifest();

        Result older = publish("1.9.3");
        ReleaseManifest afterRefusal = manifest();
        Result onPurpose = publish("1.9.3", "--allow-older");

        assertEquals(2, older.exit());
        assertTrue(older.err().contains("older than the published 1.10.0"), older.err());
        assertEquals(published, afterRefusal, "nothing was published");
        assertEquals(0, onPurpose.exit(), onPurpose.err());
        assertEquals("1.9.3", manifest().version());
        assertTrue(manifest().publishedAt().isAfter(published.publishedAt()), "kiosks accept it as newer");
    }

    @Test
    void versions_are_ordered_as_people_write_them() {
        List<String> ordered = List.of("0.9", "1.0~beta", "1.0-rc1", "1.0-rc2", "1.0", "1.0.1", "1.2", "1.10", "2");
        for (int i = 0; i + 1 < ordered.size(); i++) {
            assertTrue(ReleaseVersion.compare(ordered.get(i), ordered.get(i + 1)) < 0, ordered.get(i));
            assertTrue(ReleaseVersion.compare(ordered.get(i + 1), ordered.get(i)) > 0, ordered.get(i + 1));
        }
        assertEquals(0, ReleaseVersion.compare("1.0.0", "1.0.0"));
    }

    private ReleaseManifest manifest() throws Exception {
        return ReleaseManifest.parse(Files.readAllBytes(releases.resolve("manifest.json")));
    }

    private Result publish(String version, String... extra) throws Exception {
        Path file = work.resolve("buurtstem-kiosk-" + version + ".tar.gz");
        Files.writeString(file, "release " + version);
        List<String> args = new ArrayList<>(List.of(
                "publish",
                "--version",
                version,
                "--file",
                file.toString(),
                "--key",
                work.resolve("keys/release-signing.key").toString(),
                "--releases",
                releases.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private record Result(int exit, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReleaseCommand.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, err.toString(StandardCharsets.UTF_8));
    }
}
