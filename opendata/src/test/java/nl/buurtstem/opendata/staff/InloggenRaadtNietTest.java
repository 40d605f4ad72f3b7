package nl.buurtstem.opendata.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guessing staff passwords does not pay: after a few wrong ones for a name, or from one address, each next try waits
 * longer, and a waiting try is refused without its password being looked at. Whether a name exists cannot be told
 * from the answer, nor from the work behind it: a known and an unknown name each cost exactly one password hash.
 */
@Tag("slow")
class InloggenRaadtNietTest {

    private final AtomicReference<Instant> nu = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.clock(new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("UTC");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return nu.get();
                }
            })
            .trustedProxies(List.of("127.0.0.1", "0:0:0:0:0:0:0:1")));

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void after_five_wrong_passwords_even_the_right_one_waits_and_then_works() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_PER_NAME; i++) {
            assertEquals(401, login("admin", "fout-" + i, "10.0.0.1").statusCode());
        }

        HttpResponse<String> wacht = login("admin", wachtwoord(), "10.0.0.2");
        nu.set(nu.get().plus(Duration.ofSeconds(2)));
        HttpResponse<String> daarna = login("admin", wachtwoord(), "10.0.0.2");

        assertEquals(429, wacht.statusCode(), wacht.body());
        assertTrue(wacht.headers().firstValue("Retry-After").isPresent());
        assertTrue(wacht.body().contains("Probeer het over"), wacht.body());
        assertEquals(200, daarna.statusCode(), daarna.body());
    }

    @Test
    void an_unknown_name_is_slowed_down_exactly_like_a_known_one() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_PER_NAME; i++) {
            assertEquals(401, login("admin", "fout-" + i, "10.0.0.1").statusCode());
            assertEquals(401, login("bestaat-niet", "fout-" + i, "10.0.0.1").statusCode());
        }

        HttpResponse<String> bekend = login("admin", "nog-een-gok", "10.0.0.1");
        HttpResponse<String> onbekend = login("bestaat-niet", "nog-een-gok", "10.0.0.1");

        assertEquals(429, bekend.statusCode());
        assertEquals(429, onbekend.statusCode());
        assertEquals(bekend.body(), onbekend.body());
    }

    @Test
    void one_address_guessing_many_names_waits_while_others_still_log_in() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            assertEquals(401, login("naam-" + i, "gok", "10.6.6.6").statusCode());
        }

        HttpResponse<String> nogEenNaam = login("nog-een-naam", "gok", "10.6.6.6");
        HttpResponse<String> collega = login("admin", wachtwoord(), "10.0.0.7");

        assertEquals(429, nogEenNaam.statusCode(), nogEenNaam.body());
        assertEquals(200, collega.statusCode(), collega.body());
    }

    @Test
    void a_known_and_an_unknown_name_each_cost_one_password_hash() {
        Database db = Database.open(tmp.resolve("staff.db"));
        try {
            Migrations.apply(db, Staff.SCHEMA);
            AtomicInteger hashes = new AtomicInteger();
            StaffUsers users = new StaffUsers(db, new Passwords() {
                @Override
                byte[] derive(String password, byte[] salt, int iterations) {
                    hashes.incrementAndGet();
                    return super.derive(password, salt, iterations);
                }
            });
            users.create("eva", "Eva", Rol.EDITOR, "een-lang-wachtwoord");

            hashes.set(0);
            users.verify("eva", "verkeerd-wachtwoord");
            int bekend = hashes.getAndSet(0);
            users.verify("niemand", "verkeerd-wachtwoord");
            int onbekend = hashes.getAndSet(0);
            users.verify("eva", null);
            int zonderWachtwoord = hashes.getAndSet(0);

            assertEquals(1, bekend);
            assertEquals(1, onbekend, "an unknown name must cost the same hash as a known one");
            assertEquals(1, zonderWachtwoord);
            assertTrue(users.verify("eva", "een-lang-wachtwoord").isPresent());
        } finally {
            db.close();
        }
    }

    private String wachtwoord() throws Exception {
        return Beheer.beheerderswachtwoord(centrale.data());
    }

    /** A login through the trusted proxy, from {@code adres}. */
    private HttpResponse<String> login(String naam, String wachtwoord, String adres) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "api/beheer/login"))
                        .header("Content-Type", "application/json")
                        .header("Origin", centrale.url().replaceAll("/$", ""))
                        .header("X-Forwarded-For", adres)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\"" + wachtwoord + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
