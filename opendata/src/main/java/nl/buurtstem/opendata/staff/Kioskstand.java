package nl.buurtstem.opendata.staff;

import java.util.List;

/**
 * How the kiosks in the buurthuizen are, for the staff home: how many there are of each status, and each one that
 * needs someone (offline, late, never connected), with when it was last heard of.
 */
public record Kioskstand(List<Telling> tellingen, List<Aandacht> aandacht) {

    /** How many kiosks have one status; its words and icon as on the dashboard. */
    public record Telling(String code, String icoon, String woorden, int aantal) {}

    /** A kiosk that needs someone; {@code gezien} is when it was last heard of, in words ("nooit" if never). */
    public record Aandacht(
            String id, String naam, String wijk, String code, String icoon, String woorden, String gezien) {}
}
