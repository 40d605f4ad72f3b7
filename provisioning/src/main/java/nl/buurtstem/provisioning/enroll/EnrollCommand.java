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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * Registers a kiosk at the central node and writes its kiosk.json. The file holds a one-time token, not the
 * kiosk's key: whoever reads the SD card before first boot can enroll at most once, and staff see it happen.
 */
public final class EnrollCommand {

    static final String CONFIG_FILE = "kiosk.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EnrollCommand() {
    }

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
            JsonNode registration = register(options);
            Path config = write(options, registration.get("enrollmentToken").asText());
            out.println("kiosk " + registration.get("kioskId").asText() + " registered for wijk " + options.wijk());
            out.println("configuration written to " + config);
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

    private static JsonNode register(EnrollOptions options) throws IOException, InterruptedException, Refused {
        ObjectNode body = JSON.createObjectNode().put("naam", options.name()).put("buurthuis", options.buurthuis())
                .put("wijk", options.wijk());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.central() + "api/staff/kiosks"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + options.staffKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new Refused(response.statusCode(), detail(response.body()));
        }
        return JSON.readTree(response.body());
    }

    private static Path write(EnrollOptions options, String token) throws IOException {
        Files.createDirectories(options.out());
        ObjectNode config = JSON.createObjectNode().put("centralUrl", options.central()).put("naam", options.name())
                .put("wijk", options.wijk()).put("enrollmentToken", token);
        Path target = options.out().resolve(CONFIG_FILE);
        Path temp = options.out().resolve(CONFIG_FILE + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, JSON.writeValueAsString(config));
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
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
