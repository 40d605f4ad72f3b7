package nl.buurtstem.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Test;

/** A volunteer's typo in kiosk.json stops the kiosk with a message that names the entry to fix. */
class HardwareConfigTest {

    @Test
    void no_hardware_section_gives_the_wiring_guide_defaults() {
        HardwareConfig config = HardwareConfig.from(null);

        assertEquals(PinMap.defaults(), config.pins());
        assertEquals(GpioPlatform.Choice.AUTO, config.platform());
    }

    @Test
    void entries_given_replace_their_defaults_only() {
        HardwareConfig config = HardwareConfig.from(Map.of(
                "platform",
                "simulated",
                "herhaalSeconden",
                8,
                "debounceMs",
                50,
                "pins",
                Map.of("antwoordknoppen", List.of(17, 27, 22), "lampRood", 16)));

        assertEquals(List.of(17, 27, 22), config.pins().answerButtons());
        assertEquals(16, config.pins().redLamp());
        assertEquals(5, config.pins().greenLamp());
        assertEquals(new ButtonTiming(Duration.ofMillis(50), Duration.ofSeconds(8)), config.timing());
        assertEquals(GpioPlatform.Choice.SIMULATED, config.platform());
    }

    @Test
    void a_part_can_be_left_unwired_with_null() {
        var pins = new HashMap<String, Object>();
        pins.put("hulpknop", null);
        pins.put("aanwezigheid", null);

        PinMap map = HardwareConfig.from(Map.of("pins", pins)).pins();

        assertNull(map.helpButton());
        assertNull(map.presenceSensor());
    }

    @Test
    void a_line_off_the_header_is_named() {
        assertRefused("hardware.pins.lampRood: 40 is not a GPIO line", Map.of("pins", Map.of("lampRood", 40)));
    }

    @Test
    void a_line_used_twice_names_both_entries() {
        assertRefused(
                "hardware.pins.hulpknop: GPIO 17 is already used by hardware.pins.antwoordknoppen[0]",
                Map.of("pins", Map.of("hulpknop", 17)));
    }

    @Test
    void a_word_where_a_number_belongs_is_named() {
        assertRefused(
                "hardware.pins.antwoordknoppen[1]: must be a BCM GPIO number",
                Map.of("pins", Map.of("antwoordknoppen", List.of(17, "zeven"))));
    }

    @Test
    void six_answer_buttons_are_refused() {
        assertRefused(
                "hardware.pins.antwoordknoppen: wire 1 to 5 answer buttons, found 6",
                Map.of("pins", Map.of("antwoordknoppen", List.of(2, 3, 4, 14, 15, 18))));
    }

    @Test
    void a_misspelt_entry_is_named_with_the_known_ones() {
        assertRefused("hardware.pins.lampRod: is not a known entry", Map.of("pins", Map.of("lampRod", 13)));
    }

    @Test
    void an_unknown_platform_is_named() {
        assertRefused("hardware.platform: must be auto, pi or simulated", Map.of("platform", "raspberry"));
    }

    @Test
    void a_negative_repeat_interval_is_named() {
        assertRefused("hardware.herhaalSeconden: must be a whole number from 0 to 3600", Map.of("herhaalSeconden", -1));
    }

    @Test
    void a_line_that_cannot_be_opened_is_named_at_start() {
        Context pi4j = MockGpio.context();
        try {
            pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("lampRood").address(20));

            HardwareConfigException error = assertThrows(
                    HardwareConfigException.class,
                    () -> new Pi4jLines(
                            pi4j,
                            PinMap.defaults(),
                            ButtonTiming.defaults(),
                            new TestClock("2026-11-24T10:00:00Z"),
                            new ManualDelays(),
                            Screen.none()));

            assertEquals("hardware.pins.lampRood", error.entry());
            assertTrue(error.getMessage().contains("GPIO 13 cannot be opened"), error.getMessage());
        } finally {
            pi4j.shutdown();
        }
    }

    private static void assertRefused(String messageStart, Map<String, ?> hardware) {
        HardwareConfigException error =
                assertThrows(HardwareConfigException.class, () -> HardwareConfig.from(hardware));
        if (!error.getMessage().startsWith(messageStart)) {
            throw new AssertionError(
                    "expected a message starting with <" + messageStart + "> but got <" + error.getMessage() + ">");
        }
    }
}
