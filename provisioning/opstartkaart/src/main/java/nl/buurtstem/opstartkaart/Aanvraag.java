package nl.buurtstem.opstartkaart;

import java.util.List;
import java.util.Map;

/**
 * What staff filled in on the dashboard's "Kiosk aanmelden" for a kiosk's opstartkaart.
 *
 * @param openingstijden e.g. {@code ma-vr 09:00-17:00, za 10:00-13:00}; blank when unknown
 * @param scherm         touch7, touch2 or hdmi
 * @param rotatie        0, 90, 180 or 270 degrees clockwise
 * @param wifi           the Wi-Fi network's name, or blank for Ethernet only
 * @param sshSleutels    public keys for IT's 'beheer' account; empty: no SSH at all
 */
public record Aanvraag(
        String naam,
        String openingstijden,
        String scherm,
        int rotatie,
        String wifi,
        String wifiWachtwoord,
        String wifiLand,
        List<String> sshSleutels) {

    /**
     * The card's settings, checked with the same rules as {@code buurtstem enroll}, before anything is registered.
     *
     * @throws IllegalArgumentException naming the setting that is wrong and how to write it
     */
    public BootSettings instellingen() {
        BootSettings.Builder builder = new BootSettings.Builder(Map.of());
        if (!isBlank(openingstijden)) {
            builder.accept("--hours", openingstijden);
        }
        if (!isBlank(scherm)) {
            builder.accept("--screen", scherm);
        }
        builder.accept("--rotation", Integer.toString(rotatie));
        if (!isBlank(wifi)) {
            if (isBlank(wifiWachtwoord)) {
                throw new IllegalArgumentException(
                        "the Wi-Fi network needs its password (open Wi-Fi networks are not supported)");
            }
            builder.accept("--wifi", wifi.strip());
            builder.wifiPassword(wifiWachtwoord);
        }
        if (!isBlank(wifiLand)) {
            builder.accept("--wifi-country", wifiLand.strip());
        }
        sshSleutels.forEach(builder::sshKey);
        return builder.build(naam);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
