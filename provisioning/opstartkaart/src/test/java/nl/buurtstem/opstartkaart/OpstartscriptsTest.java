package nl.buurtstem.opstartkaart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The card's shell scripts (and the release packer) pass shellcheck: they run unattended at a buurthuis, where nobody reads an error. */
class OpstartscriptsTest {

    @Test
    void every_script_on_the_card_passes_shellcheck() throws Exception {
        Tools.require("shellcheck");
        Path payload = Path.of(Opstartkaart.class
                        .getResource("/boot/payload/firstboot.sh")
                        .toURI())
                .getParent();
        // No --shell: each script is checked as the shell its #! names, so the initramfs's POSIX sh ones get no
        // bashisms.
        List<String> command = new ArrayList<>(List.of("shellcheck", "--severity=info"));
        try (Stream<Path> files = Files.walk(payload)) {
            files.filter(Files::isRegularFile)
                    .filter(OpstartscriptsTest::isScript)
                    .map(Path::toString)
                    .sorted()
                    .forEach(command::add);
        }
        // The release packer beside the card, in provisioning/.
        command.add(Path.of("..", "pack-kiosk-release.sh")
                .toAbsolutePath()
                .normalize()
                .toString());
        assertEquals(
                12,
                command.size() - 2,
                "firstboot.sh, eight scripts in lib/, two for the initramfs and the release packer: " + command);

        Tools.Result result = Tools.run(command, Map.of(), null);

        assertEquals(0, result.exit(), result.output());
    }

    private static boolean isScript(Path file) {
        try {
            return Files.readString(file).startsWith("#!");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
