package nl.buurtstem.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.buurtstem.hardware.GpioPlatform;

/** A kiosk staff registered at the central node, and the configuration {@code buurtstem enroll} writes for it. */
public record Registratie(String kioskId, KioskConfig config) {

    /** The same kiosk with these hardware settings in its kiosk.json. */
    public Registratie metHardware(Map<String, Object> hardware) {
        return new Registratie(
                kioskId,
                new KioskConfig(
                        config.centralUrl(),
                        config.naam(),
                        config.wijk(),
                        config.enrollmentToken(),
                        hardware,
                        config.hostPin()));
    }

    /** The same kiosk with this host PIN in its kiosk.json. */
    public Registratie metHostPin(String hostPin) {
        return new Registratie(
                kioskId,
                new KioskConfig(
                        config.centralUrl(),
                        config.naam(),
                        config.wijk(),
                        config.enrollmentToken(),
                        config.hardware(),
                        hostPin));
    }

    /** The same kiosk with photos allowed from these hosts besides the central node's. */
    public Registratie metFotoHosts(String... hosts) {
        return new Registratie(
                kioskId,
                new KioskConfig(
                        config.centralUrl(),
                        config.naam(),
                        config.wijk(),
                        config.enrollmentToken(),
                        config.hardware(),
                        config.hostPin(),
                        List.of(hosts)));
    }

    /**
     * This kiosk as the tests run it in this JVM: its data folder, a free port, simulated buttons and a quick sync.
     * Callers add what their story needs and start it.
     */
    public KioskNode.Builder kiosk(Path data) {
        return KioskNode.builder(config)
                .dataDir(data)
                .port(0)
                .gpio(GpioPlatform.Choice.SIMULATED)
                .syncInterval(Duration.ofMillis(200));
    }
}
