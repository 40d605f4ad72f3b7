package nl.buurtstem.provisioning.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opstartkaart.Tools;

/**
 * The boot test's disk image (provisioning/vm/build-image.sh), built once per set of inputs and cached by
 * provisioning/vm/cached-image.sh, which `./buurtstem test` also starts in the background when the tests begin: then
 * the image is ready, or nearly, by the time the boot test needs it, and this waits for that build instead of
 * starting another.
 */
final class Testbeeld {

    private Testbeeld() {}

    /** The cached image for the current inputs, built first when there is none (several minutes). */
    static Path cached() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Tools.Result cached =
                Tools.run(List.of("bash", module.resolve("vm/cached-image.sh").toString()), Map.of(), null);
        assertEquals(0, cached.exit(), "building the boot test's image failed:\n" + cached.output());
        List<String> lines = cached.output().strip().lines().toList();
        return Path.of(lines.getLast());
    }

    /** A copy of the image for one test: sparse, so only the written blocks take room. */
    static Path copyFor(Path work) throws Exception {
        Path copy = work.resolve("sd-kaart.img");
        Tools.Result cp = Tools.run("cp", "--sparse=always", cached().toString(), copy.toString());
        assertEquals(0, cp.exit(), cp.output());
        return copy;
    }
}
