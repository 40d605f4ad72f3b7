package nl.buurtstem.opendata.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.buurtstem.opendata.alarm.AlarmStore;
import nl.buurtstem.opendata.hartslag.FleetOverview;
import nl.buurtstem.opendata.hartslag.Hartslag;
import nl.buurtstem.opendata.hartslag.HartslagOntvangst;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;
import nl.buurtstem.opendata.web.Problem;

/**
 * Prometheus text exposition (format 0.0.4) at /metrics: fleet totals and a gauge per kiosk, so operations
 * teams watch the kiosks in the Grafana they already run (docs/ops/grafana-dashboard.json).
 * Unknown health values are left out rather than reported as zero. Readable with the metrics token (what Prometheus
 * sends, and all it can do) or a staff login: kiosk names, places and software versions are not for everyone.
 */
final class MetricsRoute {

    private final FleetOverview overview;
    private final AlarmStore alerts;
    private final HartslagOntvangst ontvangst;
    private final Predicate<Context> mayRead;

    MetricsRoute(FleetOverview overview, AlarmStore alerts, HartslagOntvangst ontvangst, Predicate<Context> mayRead) {
        this.overview = overview;
        this.alerts = alerts;
        this.ontvangst = ontvangst;
        this.mayRead = mayRead;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/metrics", ctx -> {
            if (!mayRead.test(ctx)) {
                throw new Problem(
                        401,
                        "metrics-token-required",
                        "Send the metrics token (Authorization: Bearer ...), "
                                + "found in the central node's data folder as metrics-token, or log in at /beheer/login.");
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(render());
        });
    }

    String render() {
        List<KioskOverzicht> fleet = overview.all();
        StringBuilder out = new StringBuilder();
        Map<KioskStatus, Integer> byStatus = new EnumMap<>(KioskStatus.class);
        for (KioskStatus s : KioskStatus.values()) {
            byStatus.put(s, 0);
        }
        fleet.forEach(k -> byStatus.merge(k.status(), 1, Integer::sum));
        header(out, "buurtstem_fleet_kiosks", "gauge", "Registered kiosks by status.");
        byStatus.forEach((s, n) -> out.append("buurtstem_fleet_kiosks{status=\"")
                .append(s.code())
                .append("\"} ")
                .append(n)
                .append('\n'));
        header(out, "buurtstem_fleet_alerts_open", "gauge", "Alerts open now.");
        out.append("buurtstem_fleet_alerts_open ").append(alerts.open().size()).append('\n');
        header(
                out,
                "buurtstem_fleet_heartbeats_received_total",
                "counter",
                "Heartbeats received since the central node started.");
        out.append("buurtstem_fleet_heartbeats_received_total ")
                .append(ontvangst.receivedSinceStart())
                .append('\n');

        header(out, "buurtstem_kiosk_info", "gauge", "Always 1; labels name the kiosk, its wijk, status and software.");
        for (KioskOverzicht k : fleet) {
            String version = k.hartslag() == null || k.hartslag().software() == null
                    ? ""
                    : k.hartslag().software();
            out.append("buurtstem_kiosk_info{")
                    .append(labels(k))
                    .append(",naam=\"")
                    .append(escape(k.kiosk().naam()))
                    .append("\",status=\"")
                    .append(k.status().code())
                    .append("\",version=\"")
                    .append(escape(version))
                    .append("\"} 1\n");
        }
        header(
                out,
                "buurtstem_kiosk_up",
                "gauge",
                "1 when the kiosk sent a heartbeat recently (online or late), else 0.");
        for (KioskOverzicht k : fleet) {
            boolean up = k.status() == KioskStatus.ONLINE || k.status() == KioskStatus.LAAT;
            out.append("buurtstem_kiosk_up{")
                    .append(labels(k))
                    .append("} ")
                    .append(up ? 1 : 0)
                    .append('\n');
        }
        header(
                out,
                "buurtstem_kiosk_last_seen_timestamp_seconds",
                "gauge",
                "When the kiosk was last heard, Unix time.");
        for (KioskOverzicht k : fleet) {
            if (k.laatstGezien() != null) {
                out.append("buurtstem_kiosk_last_seen_timestamp_seconds{")
                        .append(labels(k))
                        .append("} ")
                        .append(k.laatstGezien().toEpochMilli() / 1000.0)
                        .append('\n');
            }
        }
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_uptime_seconds",
                "Seconds since the kiosk app started.",
                Hartslag::uptimeSeconds);
        gauge(out, fleet, "buurtstem_kiosk_outbox_events", "Events waiting on the kiosk to be sent.", Hartslag::outbox);
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_answers_today",
                "Answers given at the kiosk since local midnight.",
                Hartslag::answersToday);
        gauge(out, fleet, "buurtstem_kiosk_cpu_temperature_celsius", "CPU temperature.", Hartslag::cpuTemperature);
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_throttled",
                "1 when the processor is being throttled.",
                h -> flag(h.throttled()));
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_under_voltage",
                "1 when the power supply is too weak.",
                h -> flag(h.underVoltage()));
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_disk_free_bytes",
                "Free space on the kiosk's data disk.",
                Hartslag::diskFreeBytes);
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_disk_size_bytes",
                "Size of the kiosk's data disk.",
                Hartslag::diskTotalBytes);
        gauge(out, fleet, "buurtstem_kiosk_screen_on", "1 when the screen is on.", h -> flag(h.screenOn()));
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_page_alive",
                "1 when the kiosk page in the browser reports in.",
                h -> flag(h.pageAlive()));
        gauge(
                out,
                fleet,
                "buurtstem_kiosk_watchdog_restarts",
                "Browser restarts by the kiosk's watchdog since the app started.",
                Hartslag::watchdogRestarts);
        return out.toString();
    }

    private static void gauge(
            StringBuilder out, List<KioskOverzicht> fleet, String name, String help, Function<Hartslag, Number> value) {
        header(out, name, "gauge", help);
        for (KioskOverzicht k : fleet) {
            Number n = k.hartslag() == null ? null : value.apply(k.hartslag());
            if (n != null) {
                out.append(name)
                        .append('{')
                        .append(labels(k))
                        .append("} ")
                        .append(n)
                        .append('\n');
            }
        }
    }

    private static Integer flag(Boolean b) {
        return b == null ? null : b ? 1 : 0;
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String labels(KioskOverzicht k) {
        return "kiosk=\"" + escape(k.kiosk().id()) + "\",wijk=\""
                + escape(k.kiosk().wijk()) + "\"";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
