package nl.buurtstem.provisioning.release;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided (Jazzer): whatever a release manifest holds, reading it gives a manifest or a reason (an
 * IllegalArgumentException that `release publish` prints), never another exception; and any two versions in it
 * compare without failing, in both directions consistently.
 */
class ReleaseManifestFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void a_manifest_is_read_or_refused_with_a_reason(byte[] manifest) {
        ReleaseManifest read;
        try {
            read = ReleaseManifest.parse(manifest);
        } catch (IllegalArgumentException reason) {
            if (reason.getMessage() == null) {
                throw new AssertionError("a refusal needs a reason", reason);
            }
            return;
        }
        String other = read.file();
        if (Integer.signum(ReleaseVersion.compare(read.version(), other))
                != -Integer.signum(ReleaseVersion.compare(other, read.version()))) {
            throw new AssertionError("versions compare inconsistently: " + read.version() + " and " + other);
        }
    }
}
