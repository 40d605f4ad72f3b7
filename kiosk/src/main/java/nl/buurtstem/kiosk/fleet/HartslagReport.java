package nl.buurtstem.kiosk.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.buurtstem.hardware.Health;
import nl.buurtstem.kiosk.sync.SyncStatus;

/** Gathers what one heartbeat says (docs/sync-protocol.md, "Heartbeat"); what cannot be measured is null. */
final class HartslagReport {

    private final String software;
    private final Instant started;
    private final Supplier<SyncStatus> sync;
    private final AnswersToday answers;
    private final Supplier<Health> health;
    private final Supplier<Boolean> screenOn;
    private final Watchdog watchdog;
    private final PageLiveness page;
    private final Incidents incidents;
    private final Path dataDir;
    private final Clock clock;

    HartslagReport(
            String software,
            Supplier<SyncStatus> sync,
            AnswersToday answers,
            Supplier<Health> health,
            Supplier<Boolean> screenOn,
            Watchdog watchdog,
            PageLiveness page,
            Incidents incidents,
            Path dataDir,
            Clock clock) {
        this.software = software;
        this.started = clock.instant();
        this.sync = sync;
        this.answers = answers;
        this.health = health;
        this.screenOn = screenOn;
        this.watchdog = watchdog;
        this.page = page;
        this.incidents = incidents;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    Map<String, Object> now(List<RemoteActions.Result> results) {
        SyncStatus s = sync.get();
        Health h = health.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", 1);
        m.put("sentAt", clock.instant().toString());
        m.put("software", software);
        m.put("uptimeSeconds", Duration.between(started, clock.instant()).toSeconds());
        m.put("lastSync", s.lastSuccess() == null ? null : s.lastSuccess().toString());
        m.put("outbox", s.pending());
        m.put("answersToday", answers.count());
        m.put(
                "cpuTemperature",
                h.cpuTemperatureCelsius().map(t -> Math.round(t * 10) / 10.0).orElse(null));
        m.put("throttled", h.throttled().orElse(null));
        m.put("underVoltage", h.underVoltage().orElse(null));
        m.put("diskFreeBytes", h.freeDiskBytes().orElse(null));
        m.put("diskTotalBytes", diskTotal());
        Optional<Opslag> opslag = Opslag.vanDezeMachine(dataDir);
        m.put("dataPartition", opslag.map(Opslag::eigenDatapartitie).orElse(null));
        m.put("rootReadOnly", opslag.map(Opslag::systeemAlleenLezen).orElse(null));
        m.put("screenOn", screenOn.get());
        m.put("pageAlive", watchdog.pageAlive());
        m.put("pageLastSeen", page.lastAlive().map(Instant::toString).orElse(null));
        // Sync trouble shows as lastSync and outbox; lastError is for what only the kiosk itself can tell.
        m.put("lastError", incidents.lastError());
        m.put("watchdogRestarts", incidents.watchdogRestarts());
        m.put(
                "results",
                results.stream()
                        .map(r -> Map.of(
                                "action", r.action(), "ok", r.ok(), "message", r.message() == null ? "" : r.message()))
                        .toList());
        return m;
    }

    private Long diskTotal() {
        try {
            return Files.getFileStore(dataDir.toAbsolutePath()).getTotalSpace();
        } catch (IOException e) {
            return null;
        }
    }
}
