package nl.buurtstem.opendata.kiosk;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Makes the boot card of a kiosk that staff register on the dashboard. The provisioning module supplies it (found
 * with {@link java.util.ServiceLoader} when the central node starts): the card's first-boot scripts live there,
 * and that module already depends on this one, so the dependency points this way round.
 */
public interface Opstartkaarten {

    /**
     * Checks the card's settings with the same rules as {@code buurtstem enroll}, before anything is registered.
     *
     * @throws IllegalArgumentException naming the setting that is wrong and how to write it
     */
    Opstartkaart maak(Aanvraag aanvraag);

    /**
     * What staff filled in for the card.
     *
     * @param openingstijden e.g. {@code ma-vr 09:00-17:00, za 10:00-13:00}; blank when unknown
     * @param scherm         touch7, touch2 or hdmi
     * @param rotatie        0, 90, 180 or 270 degrees clockwise
     * @param wifi           the Wi-Fi network's name, or blank for Ethernet only
     * @param sshSleutels    public keys for IT's 'beheer' account; empty: no SSH at all
     */
    record Aanvraag(
            String naam,
            String openingstijden,
            String scherm,
            int rotatie,
            String wifi,
            String wifiWachtwoord,
            String wifiLand,
            List<String> sshSleutels) {}

    /** The central node's answer when the kiosk is registered: what the card must carry. */
    record Aangemeld(
            String kioskId,
            String enrollmentToken,
            String centralUrl,
            String naam,
            String buurthuis,
            String wijk,
            String releaseKeyPem) {}

    /** A checked card, waiting for its registration. */
    interface Opstartkaart {

        /** The opening hours per weekday for the kiosk's registration, or null when none were given. */
        Map<String, List<String>> openingstijden();

        /** Writes the whole card as a zip, to be unpacked onto the SD card's boot partition. */
        void schrijfZip(Aangemeld kiosk, OutputStream out) throws IOException;
    }
}
