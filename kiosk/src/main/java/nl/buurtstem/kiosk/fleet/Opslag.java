package nl.buurtstem.kiosk.fleet;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the card protects itself against a pulled plug, as first boot sets it up when the card has room: the
 * kiosk's data on a partition of its own and the system read-only under an overlay (docs/guides/it.md). Staff see
 * it per kiosk, because a card under 16 GB, or a root that could not give room back, leaves both out.
 *
 * @param eigenDatapartitie the data folder is on another file system than the system
 * @param systeemAlleenLezen the system runs on an overlay, so nothing written there survives a restart
 */
record Opslag(boolean eigenDatapartitie, boolean systeemAlleenLezen) {

    /** What the mounts say; empty on a machine that provisioning did not set up (a laptop, the demo). */
    static Optional<Opslag> vanDezeMachine(Path dataDir) {
        if (!Files.exists(Path.of("/etc/systemd/system", FleetSettings.BROWSER_UNIT))) {
            return Optional.empty();
        }
        try {
            FileStore data = Files.getFileStore(dataDir.toAbsolutePath());
            FileStore root = Files.getFileStore(Path.of("/"));
            return Optional.of(uit(data.name(), data.type(), root.name(), root.type()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Compares where the data folder and the system live, by source and file system type. By source, not by mount
     * point: the kiosk's unit (ReadWritePaths=) binds the data folder onto itself, so it is always a mount point.
     */
    static Opslag uit(String dataBron, String dataType, String systeemBron, String systeemType) {
        boolean inGeheugen = dataType.equals("tmpfs") || dataType.equals("overlay");
        return new Opslag(!inGeheugen && !dataBron.equals(systeemBron), systeemType.equals("overlay"));
    }
}
