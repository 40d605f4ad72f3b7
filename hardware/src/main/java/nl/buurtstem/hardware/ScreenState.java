package nl.buurtstem.hardware;

/** What the screen does: lit while someone is near, dimmed after a while, off when the buurthuis is closed. */
public enum ScreenState {
    ON,
    DIMMED,
    OFF
}
