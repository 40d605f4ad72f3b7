package nl.buurtstem.opstartkaart;

/**
 * How the kiosk reaches the central node: Ethernet (always configured, by DHCP) and optionally one Wi-Fi network.
 *
 * @param wifiCountry two-letter regulatory domain; Wi-Fi stays off on a Pi until it is set
 */
public record Network(String wifiSsid, String wifiPassword, String wifiCountry) {

    public static Network ethernetOnly() {
        return new Network(null, null, "NL");
    }

    public boolean hasWifi() {
        return wifiSsid != null;
    }

    /** cloud-init network-config, version 2 (netplan syntax), rendered by NetworkManager on Raspberry Pi OS. */
    String toNetworkConfig() {
        StringBuilder yaml = new StringBuilder("""
                # Buurtstem kiosk network, written by `buurtstem enroll`. Ethernet always works when a cable is in;
                # both are optional so the kiosk starts offline (it keeps answers until the network is back).
                network:
                  version: 2
                  ethernets:
                    eth0:
                      dhcp4: true
                      optional: true
                """);
        if (hasWifi()) {
            yaml.append("  wifis:\n")
                    .append("    wlan0:\n")
                    .append("      dhcp4: true\n")
                    .append("      optional: true\n")
                    .append("      regulatory-domain: ")
                    .append(Yaml.quote(wifiCountry))
                    .append('\n')
                    .append("      access-points:\n")
                    .append("        ")
                    .append(Yaml.quote(wifiSsid))
                    .append(":\n");
            if (wifiPassword != null) {
                yaml.append("          password: ")
                        .append(Yaml.quote(wifiPassword))
                        .append('\n');
            }
        }
        return yaml.toString();
    }
}
