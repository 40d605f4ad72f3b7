package nl.buurtstem.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AnswerButtonsTest {

    @Test
    void pressing_a_button_reports_its_answer_number() {
        try (GpioPlatform gpio = GpioPlatform.open(GpioPlatform.Choice.SIMULATED)) {
            KioskPanel panel = gpio.panel(PinMap.defaults());
            List<Integer> pressed = new CopyOnWriteArrayList<>();
            panel.onAnswerPressed(pressed::add);

            SimulatedButtons buttons = gpio.simulatedButtons().orElseThrow();
            buttons.press(2);
            buttons.press(5);

            assertEquals(List.of(2, 5), pressed);
        }
    }

    @Test
    void pressing_a_button_that_is_not_wired_names_the_wired_ones() {
        try (GpioPlatform gpio = GpioPlatform.open(GpioPlatform.Choice.SIMULATED)) {
            gpio.panel(new PinMap(List.of(17, 27), 5, 6, 13));
            var error = assertThrows(IllegalArgumentException.class,
                    () -> gpio.simulatedButtons().orElseThrow().press(3));
            assertTrue(error.getMessage().contains("buttons 1 to 2"), error.getMessage());
        }
    }

    @Test
    void a_pin_map_without_buttons_is_refused_with_the_entry_named() {
        var error = assertThrows(IllegalArgumentException.class, () -> new PinMap(List.of(), 5, 6, 13));
        assertTrue(error.getMessage().startsWith("answerButtons"), error.getMessage());
    }
}
