package nl.buurtstem.opendata.voorbeeld;

import java.util.List;

/**
 * The staff page "Voorbeeld op de kiosk": the kiosk's page with this draft, on the three screens kiosks have.
 *
 * @param titel  what is previewed, e.g. the poll's question
 * @param terug  the form's address, to go back and edit
 * @param kiosk  where the kiosk page opens on the draft's screen ({@link KioskVoorbeeld#pad})
 * @param noot   where the preview differs from a resident's way to this screen, or null
 */
public record VoorbeeldScherm(String titel, String terug, String kiosk, String noot) {

    public VoorbeeldScherm(String titel, String terug, String kiosk) {
        this(titel, terug, kiosk, null);
    }

    /** A kiosk screen size; {@code klasse} scales it to fit the staff page (beheer.css: no inline styles under CSP). */
    public record Maat(int breed, int hoog, String naam, String klasse) {}

    public List<Maat> maten() {
        return List.of(
                new Maat(800, 480, "Klein liggend scherm (800 × 480)", "kioskvoorbeeld--800x480"),
                new Maat(720, 1280, "Staand scherm (720 × 1280)", "kioskvoorbeeld--720x1280"),
                new Maat(1920, 1080, "Groot liggend scherm (1920 × 1080)", "kioskvoorbeeld--1920x1080"));
    }
}
