package nl.buurtstem.provisioning.enroll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import nl.buurtstem.opstartkaart.BootSettings;
import nl.buurtstem.opstartkaart.Opstartkaart;

/**
 * Registers a kiosk at the central node and writes its boot bundle (kiosk.json, cloud-init files, first-boot
 * script). The card holds a one-time token, not the kiosk's key: whoever reads the SD card before first boot can
 * enroll at most once, and staff see it happen. Neither the token nor the Wi-Fi password is ever printed.
 */
public final class EnrollCommand {

    static final String CONFIG_FILE = Opstartkaart.CONFIG_FILE;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EnrollCommand() {}

    /** Runs the command and returns the process exit code: 0 done, 1 refused or unreachable, 2 usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        EnrollOptions options;
        try {
            options = EnrollOptions.parse(args, System.getenv());
        } catch (EnrollOptions.UsageException e) {
            boolean help = e.getMessage().startsWith("usage:");
            (help ? out : err).println(e.getMessage());
            return help ? 0 : 2;
        }
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            BootSettings settings = withReleaseKey(http, options);
            boolean card = settings.releaseKeyPem() != null;
            if (!card && settings.bootPartition()) {
                err.println("enroll: " + NO_RELEASE_KEY + " A card without it could never install the kiosk software, "
                        + "so nothing was registered or written. Publish a release first (docs/guides/it.md).");
                return 1;
            }
            JsonNode registration = register(http, options);
            String kioskId = registration.get("kioskId").asText();
            Opstartkaart.Kiosk kiosk = new Opstartkaart.Kiosk(
                    kioskId,
                    registration.get("enrollmentToken").asText(),
                    options.central(),
                    options.name(),
                    options.buurthuis(),
                    options.wijk());
            Opstartkaart kaart = new Opstartkaart(kiosk, settings, Clock.systemUTC());
            out.println("kiosk " + kioskId + " registered for wijk " + options.wijk());
            if (!card) {
                kaart.writeConfigOnly(options.out());
                out.println("configuration written to " + options.out().resolve(EnrollCommand.CONFIG_FILE));
                err.println(
                        "enroll: " + NO_RELEASE_KEY + " Only kiosk.json was written (enough for a kiosk run by hand); "
                                + "for a Raspberry Pi card publish a release first or give --release-key FILE.");
                return 0;
            }
            kaart.writeTo(options.out());
            out.println(
                    "boot bundle written to " + options.out() + (settings.bootPartition() ? " (boot partition)" : ""));
            out.println("network: "
                    + (settings.network().hasWifi()
                            ? "Wi-Fi " + settings.network().wifiSsid() + " and Ethernet"
                            : "Ethernet")
                    + "; nightly restart " + settings.openingstijden().nightlyRestart());
            return 0;
        } catch (Refused e) {
            err.println("enroll: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("enroll: cannot reach the central node at " + options.central() + " (" + e.getMessage() + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static final String NO_RELEASE_KEY =
            "the central node publishes no release key and no --release-key was given.";

    /** Without --release-key the central node's published key is taken; without either there is no card. */
    private static BootSettings withReleaseKey(HttpClient http, EnrollOptions options)
            throws IOException, InterruptedException {
        BootSettings s = options.boot();
        if (s.releaseKeyPem() != null) {
            return s;
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(options.central() + "api/release/v1/key.pem"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("BEGIN PUBLIC KEY")) {
            return s;
        }
        return s.withReleaseKey(response.body());
    }

    private static JsonNode register(HttpClient http, EnrollOptions options)
            throws IOException, InterruptedException, Refused {
        ObjectNode body = JSON.createObjectNode()
                .put("naam", options.name())
                .put("buurthuis", options.buurthuis())
                .put("wijk", options.wijk());
        if (options.boot().openingstijden().gegeven()) {
            // One place to type them: the central node sends them to the kiosk (screen off while closed).
            body.set(
                    "openingstijden",
                    JSON.valueToTree(options.boot().openingstijden().perDag()));
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(options.central() + "api/beheer/kiosks"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + options.staffKey())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new Refused(response.statusCode(), detail(response.body()));
        }
        return JSON.readTree(response.body());
    }

    private static String detail(String problemBody) {
        try {
            JsonNode problem = JSON.readTree(problemBody);
            return problem.path("detail").asText(problemBody);
        } catch (IOException e) {
            return problemBody;
        }
    }

    private static final class Refused extends Exception {
        Refused(int status, String detail) {
            super("the central node refused (" + status + "): " + detail);
        }
    }
}
