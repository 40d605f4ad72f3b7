package nl.buurtstem.opendata.hartslag;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How the central node watches the kiosk fleet: when a kiosk counts as late or offline, when staff are
 * alerted, and where alerts go. Read from {@code fleet.json} in the data folder when present.
 *
 * @param heartbeatInterval  how often kiosks are asked to report (sent back in every heartbeat reply)
 * @param lateAfter          no heartbeat for this long: "laat"
 * @param offlineAfter       no heartbeat for this long: "offline"
 * @param alertOfflineAfter  offline this long during opening hours: an alert
 * @param checkEvery         how often the alert rules run
 * @param opensAt            opening hours of the buurthuizen, daily, in {@code zone}
 * @param outboxAlertAt      an outbox at least this deep that keeps growing: an alert
 * @param hotCelsius         CPU temperature at or above: an alert
 * @param diskFreeMinPercent free disk below this share: an alert
 * @param webhookUrl         alerts are POSTed here as JSON, or null
 * @param smtp               alerts are mailed through this server, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FleetSettings(
        Duration heartbeatInterval,
        Duration lateAfter,
        Duration offlineAfter,
        Duration alertOfflineAfter,
        Duration checkEvery,
        LocalTime opensAt,
        LocalTime closesAt,
        ZoneId zone,
        int outboxAlertAt,
        double hotCelsius,
        double diskFreeMinPercent,
        String webhookUrl,
        Smtp smtp) {

    /** An SMTP server for alert mail; user and password only when the server wants AUTH PLAIN. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Smtp(String host, int port, String from, List<String> to, String user, String password) {
        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", from=" + from + ", to=" + to + "]";
        }
    }

    /** For the demo: quick to show a kiosk going offline, open around the clock, alarms to {@code webhookUrl}. */
    public static FleetSettings demo(String webhookUrl) {
        return defaults()
                .withTimes(
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(25),
                        Duration.ofSeconds(40),
                        Duration.ofSeconds(45),
                        Duration.ofSeconds(5))
                .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .withWebhook(webhookUrl);
    }

    public static FleetSettings defaults() {
        return new FleetSettings(
                Duration.ofSeconds(60),
                Duration.ofSeconds(150),
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ofSeconds(15),
                LocalTime.of(8, 0),
                LocalTime.of(22, 0),
                ZoneId.of("Europe/Amsterdam"),
                50,
                80.0,
                10.0,
                null,
                null);
    }

    /** Reads {@code file}, filling what it leaves out from {@link #defaults()}; defaults when there is no file. */
    public static FleetSettings read(ObjectMapper json, Path file) {
        if (!Files.exists(file)) {
            return defaults();
        }
        try {
            return json.readerForUpdating(new Builder())
                    .<Builder>readValue(file.toFile())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid fleet settings: " + e.getMessage(), e);
        }
    }

    public FleetSettings withWebhook(String url) {
        return new FleetSettings(
                heartbeatInterval,
                lateAfter,
                offlineAfter,
                alertOfflineAfter,
                checkEvery,
                opensAt,
                closesAt,
                zone,
                outboxAlertAt,
                hotCelsius,
                diskFreeMinPercent,
                url,
                smtp);
    }

    public FleetSettings withSmtp(Smtp server) {
        return new FleetSettings(
                heartbeatInterval,
                lateAfter,
                offlineAfter,
                alertOfflineAfter,
                checkEvery,
                opensAt,
                closesAt,
                zone,
                outboxAlertAt,
                hotCelsius,
                diskFreeMinPercent,
                webhookUrl,
                server);
    }

    public FleetSettings withTimes(
            Duration interval, Duration late, Duration offline, Duration alertAfter, Duration check) {
        return new FleetSettings(
                interval,
                late,
                offline,
                alertAfter,
                check,
                opensAt,
                closesAt,
                zone,
                outboxAlertAt,
                hotCelsius,
                diskFreeMinPercent,
                webhookUrl,
                smtp);
    }

    public FleetSettings withOpeningstijden(LocalTime opens, LocalTime closes) {
        return new FleetSettings(
                heartbeatInterval,
                lateAfter,
                offlineAfter,
                alertOfflineAfter,
                checkEvery,
                opens,
                closes,
                zone,
                outboxAlertAt,
                hotCelsius,
                diskFreeMinPercent,
                webhookUrl,
                smtp);
    }

    /** Mutable only while fleet.json is read: seconds and "HH:mm" are what a person writes by hand. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Builder {
        public long heartbeatSeconds = 60;
        public long lateSeconds = 150;
        public long offlineSeconds = 300;
        public long alertOfflineSeconds = 600;
        public long checkSeconds = 15;
        public String opensAt = "08:00";
        public String closesAt = "22:00";
        public String zone = "Europe/Amsterdam";
        public int outboxAlertAt = 50;
        public double hotCelsius = 80.0;
        public double diskFreeMinPercent = 10.0;
        public String webhookUrl;
        public Smtp smtp;

        FleetSettings build() {
            return new FleetSettings(
                    Duration.ofSeconds(heartbeatSeconds),
                    Duration.ofSeconds(lateSeconds),
                    Duration.ofSeconds(offlineSeconds),
                    Duration.ofSeconds(alertOfflineSeconds),
                    Duration.ofSeconds(checkSeconds),
                    LocalTime.parse(opensAt),
                    LocalTime.parse(closesAt),
                    ZoneId.of(zone),
                    outboxAlertAt,
                    hotCelsius,
                    diskFreeMinPercent,
                    webhookUrl,
                    smtp);
        }
    }
}
