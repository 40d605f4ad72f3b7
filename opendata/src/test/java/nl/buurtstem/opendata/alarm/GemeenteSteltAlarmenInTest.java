package nl.buurtstem.opendata.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IT sets alerting up in fleet.json by hand (docs/ops/fleet.md); what they leave out keeps its default. */
class GemeenteSteltAlarmenInTest {

    @TempDir
    Path dir;

    @Test
    void fleet_json_written_by_hand_is_read_and_the_rest_keeps_its_defaults() throws Exception {
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, """
                {"alertOfflineSeconds": 900, "opensAt": "09:00", "closesAt": "17:30",
                 "webhookUrl": "https://chat.example.nl/hooks/kiosks",
                 "smtp": {"host": "smtp.gemeente.nl", "port": 587, "from": "kiosks@gemeente.nl", "to": ["beheer@gemeente.nl"]}}
                """);
        FleetSettings settings = FleetSettings.read(JsonMapper.builder().build(), file);
        assertEquals(Duration.ofMinutes(15), settings.alertOfflineAfter());
        assertEquals(LocalTime.of(17, 30), settings.closesAt());
        assertEquals("https://chat.example.nl/hooks/kiosks", settings.webhookUrl());
        assertEquals(List.of("beheer@gemeente.nl"), settings.smtp().to());
        assertEquals(FleetSettings.defaults().heartbeatInterval(), settings.heartbeatInterval());
        assertEquals(FleetSettings.defaults().hotCelsius(), settings.hotCelsius());
    }

    @Test
    void a_broken_fleet_json_stops_the_start_with_its_name() throws Exception {
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, "{\"alertOfflineSeconds\": \"een kwartier\"}");
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class,
                () -> FleetSettings.read(JsonMapper.builder().build(), file));
        assertEquals(true, e.getMessage().contains("fleet.json"), e.getMessage());
    }
}
