package nl.buurtstem.opendata.kiosk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.buurtstem.opstartkaart.BootSettings;
import nl.buurtstem.opstartkaart.Opstartkaart;

/**
 * The dashboard's "Kiosk aanmelden" form as sent; blank fields mean "not given". Its settings are checked by the boot
 * card's own rules (those of {@code buurtstem enroll}), one field at a time, so staff read in Dutch which field is wrong
 * and how to write it, next to that field.
 */
record KaartAanvraag(
        String naam,
        String buurthuis,
        String wijk,
        String openingstijden,
        String scherm,
        Integer rotatie,
        String wifi,
        String wifiWachtwoord,
        String sshSleutel) {

    /** Per form field (named as in the request) what is wrong with it, in Dutch; empty when all is well. */
    Map<String, String> fouten(Aanmelding aanmelding) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (leeg(naam)) {
            fouten.put("naam", "Vul een naam in waaraan je de kiosk herkent, bijvoorbeeld Buurthuis De Kroon.");
        } else if (!geldigeNaam()) {
            fouten.put("naam", "Gebruik in de naam ten minste één letter of cijfer, bijvoorbeeld Buurthuis De Kroon.");
        }
        if (!aanmelding.kentWijk(wijk)) {
            fouten.put("wijk", "Kies de wijk van het buurthuis.");
        }
        if (!leeg(openingstijden)) {
            if (!leesbaar(openingstijden.strip())) {
                fouten.put(
                        "openingstijden",
                        "Schrijf de openingstijden zoals ma-vr 09:00-17:00, za 10:00-13:00 (niet: \"" + onleesbaarDeel()
                                + "\"). Leeg laten: altijd open.");
            } else if (weigert(b -> b.accept("--hours", openingstijden.strip()))) {
                fouten.put(
                        "openingstijden",
                        "De kiosk herstart en werkt zich bij als het buurthuis dicht is. Laat het buurthuis daarom "
                                + "elke nacht ten minste een uur dicht, bijvoorbeeld tussen 02:00 en 03:00.");
            }
        }
        if (!leeg(scherm) && weigert(b -> b.accept("--screen", scherm))) {
            fouten.put("scherm", "Kies een scherm uit de lijst.");
        }
        if (weigert(b -> b.accept("--rotation", Integer.toString(draaiing())))) {
            fouten.put("rotatie", "Kies hoe het scherm gedraaid is: 0, 90, 180 of 270 graden.");
        }
        if (!leeg(wifi)) {
            if (leeg(wifiWachtwoord)) {
                fouten.put(
                        "wifiWachtwoord",
                        "Vul het wachtwoord van het wifi-netwerk in. Een open wifi-netwerk zonder wachtwoord kan niet.");
            } else if (weigert(this::wifiOp)) {
                fouten.put("wifiWachtwoord", "Een wifi-wachtwoord heeft 8 tot 63 tekens.");
            }
        }
        if (!leeg(sshSleutel) && weigert(this::sshOp)) {
            fouten.put(
                    "sshSleutel",
                    "Plak hier alleen de openbare SSH-sleutel van ICT: de regel die begint met ssh-ed25519 of ssh-rsa. "
                            + "Een privésleutel mag nooit op de kaart.");
        }
        return fouten;
    }

    /**
     * The card's settings, by the rules {@link #fouten} checked field by field.
     *
     * @throws IllegalArgumentException naming the setting that is wrong, should a rule hold only for fields together
     */
    BootSettings kaartinstellingen() {
        BootSettings.Builder builder = new BootSettings.Builder(Map.of());
        if (!leeg(openingstijden)) {
            builder.accept("--hours", openingstijden.strip());
        }
        if (!leeg(scherm)) {
            builder.accept("--screen", scherm);
        }
        builder.accept("--rotation", Integer.toString(draaiing()));
        wifiOp(builder);
        sshOp(builder);
        return builder.build(naam.strip());
    }

    Opstartkaart.Kiosk aangemeld(KioskRegistry.Registration registration, String centralUrl) {
        String huis = leeg(buurthuis) ? naam.strip() : buurthuis.strip();
        return new Opstartkaart.Kiosk(
                registration.kioskId(), registration.enrollmentToken(), centralUrl, naam.strip(), huis, wijk);
    }

    private void wifiOp(BootSettings.Builder builder) {
        if (!leeg(wifi)) {
            builder.accept("--wifi", wifi.strip());
            builder.wifiPassword(wifiWachtwoord);
        }
    }

    private void sshOp(BootSettings.Builder builder) {
        if (sshSleutel != null) {
            sshSleutel
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(builder::sshKey);
        }
    }

    /** The first part of the opening hours (between commas) the card's rules cannot read, or all of them. */
    private String onleesbaarDeel() {
        for (String deel : openingstijden.split(",")) {
            if (!leesbaar(deel.strip())) {
                return deel.strip();
            }
        }
        return openingstijden.strip();
    }

    private static boolean leesbaar(String openingstijden) {
        try {
            new BootSettings.Builder(Map.of()).accept("--hours", openingstijden);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private int draaiing() {
        return rotatie == null ? 0 : rotatie;
    }

    /** Whether the card's rules make a host name of the kiosk's name. */
    private boolean geldigeNaam() {
        try {
            new BootSettings.Builder(Map.of()).build(naam.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the card's rules refuse this one setting, given alone. */
    private static boolean weigert(Consumer<BootSettings.Builder> instelling) {
        BootSettings.Builder builder = new BootSettings.Builder(Map.of());
        try {
            instelling.accept(builder);
            builder.build("kiosk");
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static boolean leeg(String value) {
        return value == null || value.isBlank();
    }
}
