package nl.buurtstem.opendata.hartslag;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A kiosk's trends for its page: answers per day, and uptime and temperature over time. */
public final class Trends {

    static final Duration SPAN = Duration.ofDays(14);
    private static final int MAX_POINTS = 300;
    private static final int RECENT = 20;
    private final HartslagStore hartslagen;
    private final FleetSettings settings;
    private final Clock clock;

    Trends(HartslagStore hartslagen, FleetSettings settings, Clock clock) {
        this.hartslagen = hartslagen;
        this.settings = settings;
        this.clock = clock;
    }

    public Map<String, Object> of(String kioskId) {
        List<Hartslag> history = hartslagen.history(kioskId, clock.instant().minus(SPAN));
        // The kiosk counts answers since local midnight; the day's highest count is that day's total.
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (Hartslag h : history) {
            if (h.answersToday() != null) {
                perDay.merge(h.receivedAt().atZone(settings.zone()).toLocalDate(), h.answersToday(), Math::max);
            }
        }
        List<Map<String, Object>> uptime = new ArrayList<>();
        List<Map<String, Object>> temperature = new ArrayList<>();
        int step = Math.max(1, history.size() / MAX_POINTS);
        for (int i = 0; i < history.size(); i += step) {
            Hartslag h = history.get(i);
            if (h.uptimeSeconds() != null) {
                uptime.add(Map.of("at", h.receivedAt().toString(), "hours", h.uptimeSeconds() / 3600.0));
            }
            if (h.cpuTemperature() != null) {
                temperature.add(Map.of("at", h.receivedAt().toString(), "celsius", h.cpuTemperature()));
            }
        }
        List<Map<String, Object>> recent = new ArrayList<>();
        for (Hartslag h : history.subList(Math.max(0, history.size() - RECENT), history.size())
                .reversed()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", h.receivedAt().toString());
            row.put("celsius", h.cpuTemperature());
            row.put("outbox", h.outbox());
            row.put(
                    "diskFreePercent",
                    h.diskFreePercent() == null ? null : Math.round(h.diskFreePercent() * 10) / 10.0);
            row.put("pageAlive", h.pageAlive());
            row.put("underVoltage", h.underVoltage());
            row.put("throttled", h.throttled());
            recent.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recent", recent);
        body.put(
                "answersPerDay",
                perDay.entrySet().stream()
                        .map(e -> Map.of("day", e.getKey().toString(), "answers", e.getValue()))
                        .toList());
        body.put("uptime", uptime);
        body.put("temperature", temperature);
        return body;
    }
}
