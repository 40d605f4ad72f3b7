package nl.buurtstem.hardware;

import java.util.List;
import java.util.Map;

/**
 * Every part of the panel as it is now, for the host's check screen.
 *
 * @param answerButtonsDown per answer button (index 0 = button 1): is it held down
 * @param helpButton        whether a help button is wired
 * @param helpButtonDown    whether it is held down
 * @param lamps             per lamp: is it lit
 * @param presenceSensor    whether a presence sensor is wired
 * @param someone           whether it sees someone
 * @param screen            what the screen does
 */
public record PanelState(
        List<Boolean> answerButtonsDown,
        boolean helpButton,
        boolean helpButtonDown,
        Map<Lamp, Boolean> lamps,
        boolean presenceSensor,
        boolean someone,
        ScreenState screen) {}
