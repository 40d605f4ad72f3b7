package nl.buurtstem.hardware;

/** Where the screen's on, dimmed and off actually happen (a display backlight, or nothing in simulation). */
@FunctionalInterface
public interface Screen {

    void show(ScreenState state);

    /** For simulated kiosks and screens that cannot be switched: the state is only reported. */
    static Screen none() {
        return state -> {};
    }
}
