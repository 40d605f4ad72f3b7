package nl.buurtstem.provisioning.boot;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.kiosk.Opstartkaarten;

/**
 * Makes boot cards for the central node's dashboard, with the rules and templates {@code buurtstem enroll} uses.
 * Registered in META-INF/services, so the central node finds it when this module is on its class path.
 */
public final class BootCardMaker implements Opstartkaarten {

    @Override
    public Opstartkaart maak(Aanvraag aanvraag) {
        BootSettings.Builder builder = new BootSettings.Builder(Map.of());
        if (!isBlank(aanvraag.openingstijden())) {
            builder.accept("--hours", aanvraag.openingstijden());
        }
        if (!isBlank(aanvraag.scherm())) {
            builder.accept("--screen", aanvraag.scherm());
        }
        builder.accept("--rotation", Integer.toString(aanvraag.rotatie()));
        if (!isBlank(aanvraag.wifi())) {
            if (isBlank(aanvraag.wifiWachtwoord())) {
                throw new IllegalArgumentException(
                        "the Wi-Fi network needs its password (open Wi-Fi networks are not supported)");
            }
            builder.accept("--wifi", aanvraag.wifi().strip());
            builder.wifiPassword(aanvraag.wifiWachtwoord());
        }
        if (!isBlank(aanvraag.wifiLand())) {
            builder.accept("--wifi-country", aanvraag.wifiLand().strip());
        }
        aanvraag.sshSleutels().forEach(builder::sshKey);
        BootSettings settings = builder.build(aanvraag.naam());
        return new Card(settings);
    }

    private record Card(BootSettings settings) implements Opstartkaart {

        @Override
        public Map<String, List<String>> openingstijden() {
            return settings.openingHours().slots().isEmpty()
                    ? null
                    : settings.openingHours().perDag();
        }

        @Override
        public void schrijfZip(Aangemeld kiosk, OutputStream out) throws IOException {
            BootBundle.Kiosk registered = new BootBundle.Kiosk(
                    kiosk.kioskId(),
                    kiosk.enrollmentToken(),
                    kiosk.centralUrl(),
                    kiosk.naam(),
                    kiosk.buurthuis(),
                    kiosk.wijk());
            new BootBundle(registered, settings.withReleaseKey(kiosk.releaseKeyPem()), Clock.systemUTC()).writeZip(out);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
