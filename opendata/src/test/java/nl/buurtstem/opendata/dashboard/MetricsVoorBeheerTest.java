package nl.buurtstem.opendata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Promtool;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Operations scrape /metrics with Prometheus: per-kiosk gauges that promtool accepts, unknown values left out. */
@Tag("slow")
class MetricsVoorBeheerTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.fleet(FleetSettings.defaults()));

    private Beheer beheer;

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @Test
    void metrics_carry_a_gauge_per_kiosk_and_pass_promtool() throws Exception {
        TestKiosk warm = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis \"De Kroon\"", "WK019311");
        warm.heartbeat(3, 61.5);
        TestKiosk onbekend =
                TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Zonder Sensor", "WK019310");
        onbekend.heartbeat("{\"software\":\"0.1.0\",\"outbox\":0}");

        HttpResponse<String> r = beheer.metrics();
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String body = r.body();
        assertTrue(
                body.contains(
                        "buurtstem_kiosk_cpu_temperature_celsius{kiosk=\"" + warm.id + "\",wijk=\"WK019311\"} 61.5"),
                body);
        assertTrue(body.contains("buurtstem_kiosk_outbox_events{kiosk=\"" + warm.id + "\",wijk=\"WK019311\"} 3"), body);
        assertTrue(body.contains("naam=\"Buurthuis \\\"De Kroon\\\"\""), "label values are escaped: " + body);
        assertTrue(
                body.lines()
                        .noneMatch(l -> l.startsWith("buurtstem_kiosk_cpu_temperature_celsius{kiosk=\"" + onbekend.id)),
                "a temperature that is unknown is left out, not reported as 0");
        assertTrue(body.contains("buurtstem_fleet_heartbeats_received_total 2"), body);
        Promtool.check(body);
    }

    @Test
    void metrics_need_the_metrics_token_or_a_staff_login() throws Exception {
        TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311")
                .heartbeat(3, 61.5);

        HttpResponse<String> anyone = beheer.unauthenticated("/metrics");

        assertEquals(401, anyone.statusCode());
        assertTrue(anyone.body().contains("metrics-token"), anyone.body());
        assertFalse(anyone.body().contains("De Kroon"), "no kiosk names for just anyone: " + anyone.body());
        assertEquals(200, beheer.metrics().statusCode());
        HttpResponse<String> staff = beheer.send("GET", "/metrics", null);
        assertTrue(staff.body().contains("De Kroon"), "staff with the API key see them too");
    }

    @Test
    void grafana_dashboard_only_asks_for_metrics_the_central_node_exposes() throws Exception {
        TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311")
                .heartbeat(3, 61.5);
        String metrics = beheer.metrics().body();
        String dashboard = Files.readString(Path.of("../docs/ops/grafana-dashboard.json"));
        Set<String> asked = new TreeSet<>();
        Matcher m = Pattern.compile("buurtstem_[a-z_]+").matcher(dashboard);
        while (m.find()) {
            asked.add(m.group());
        }
        assertTrue(asked.size() >= 10, "the dashboard shows the fleet's metrics: " + asked);
        for (String name : asked) {
            assertTrue(
                    metrics.contains("# TYPE " + name + " "),
                    name + " is in the Grafana dashboard but not in /metrics");
        }
    }
}
