package nl.buurtstem.opendata.hartslag;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One heartbeat as a kiosk sends it (docs/sync-protocol.md, "Heartbeat"). Health values a kiosk cannot
 * measure (no Raspberry Pi, no sensor) are null: "unknown", never a guess.
 *
 * @param dataPartition whether the kiosk's data has a partition of its own (a card set up by provisioning)
 * @param rootReadOnly  whether the kiosk's system runs read-only under an overlay
 * @param receivedAt    set by the central node, by its own clock
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Hartslag(
        String software,
        Long uptimeSeconds,
        Instant lastSync,
        Long outbox,
        Long answersToday,
        Double cpuTemperature,
        Boolean throttled,
        Boolean underVoltage,
        Long diskFreeBytes,
        Long diskTotalBytes,
        Boolean dataPartition,
        Boolean rootReadOnly,
        Boolean screenOn,
        Boolean pageAlive,
        Instant pageLastSeen,
        String lastError,
        Long watchdogRestarts,
        List<Result> results,
        Instant receivedAt) {

    /** What became of a remote action the kiosk received earlier. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String action, boolean ok, String message) {}

    Hartslag receivedAt(Instant at) {
        return new Hartslag(
                software,
                uptimeSeconds,
                lastSync,
                outbox,
                answersToday,
                cpuTemperature,
                throttled,
                underVoltage,
                diskFreeBytes,
                diskTotalBytes,
                dataPartition,
                rootReadOnly,
                screenOn,
                pageAlive,
                pageLastSeen,
                lastError,
                watchdogRestarts,
                results == null ? List.of() : results,
                at);
    }

    /** Free disk as a percentage, or null when unknown. */
    public Double diskFreePercent() {
        if (diskFreeBytes == null || diskTotalBytes == null || diskTotalBytes <= 0) {
            return null;
        }
        return 100.0 * diskFreeBytes / diskTotalBytes;
    }
}
