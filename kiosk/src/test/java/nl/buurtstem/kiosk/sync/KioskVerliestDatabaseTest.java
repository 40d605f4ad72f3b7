package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kiosk's SD card is re-flashed and its database is gone, but its identity (credentials.json) is kept.
 * It would number its answers from 1 again; instead it continues after what the central node acknowledged.
 */
class KioskVerliestDatabaseTest {

    @RegisterExtension
    final BuurtInDezeJvm buurt = new BuurtInDezeJvm();

    @Test
    void a_kiosk_with_a_new_database_continues_numbering_and_nothing_is_refused_or_lost() throws Exception {
        Centrale centrale = buurt.centrale();
        Registratie registratie = centrale.registreer("Buurthuis Diezerpoort");
        KioskNode kiosk = buurt.startKiosk(registratie, Duration.ofMillis(200));
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();
        for (int i = 0; i < 5; i++) {
            bewoners.tik(peiling, 1 + i % 4);
        }
        await(() -> centrale.telling(registratie.kioskId()), n -> n == 5);
        buurt.stopKiosk();

        for (String file : List.of("kiosk.db", "kiosk.db-wal", "kiosk.db-shm")) {
            Files.deleteIfExists(buurt.kioskData().resolve(file));
        }
        kiosk = buurt.startKiosk(registratie, Duration.ofMillis(200));
        bewoners = new Bewoners(kiosk.url());
        bewoners.actievePeiling();
        for (int i = 0; i < 3; i++) {
            bewoners.tik(peiling, 2);
        }

        assertEquals(
                0L,
                await(bewoners::wachtend, n -> n == 0),
                "the new answers were accepted, not refused as reused numbers: " + bewoners.status());
        assertEquals(8, centrale.telling(registratie.kioskId()));
        assertEquals(8L, await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == 8));
    }

    @Test
    void a_kiosk_enrolled_again_with_its_old_database_delivers_what_waited_and_keeps_counting() throws Exception {
        Centrale centrale = buurt.centrale();
        Registratie oud = centrale.registreer("Buurthuis Diezerpoort");
        KioskNode kiosk = buurt.startKiosk(oud, Duration.ofMillis(200));
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();
        for (int i = 0; i < 3; i++) {
            bewoners.tik(peiling, 1);
        }
        await(() -> centrale.telling(oud.kioskId()), n -> n == 3);
        centrale.trekIn(oud.kioskId(), "Scherm kapot; na reparatie opnieuw aangemeld");
        bewoners.tik(peiling, 2);
        buurt.stopKiosk();

        Registratie nieuw = centrale.registreer("Buurthuis Diezerpoort");
        Files.delete(buurt.kioskData().resolve("credentials.json"));
        kiosk = buurt.startKiosk(nieuw, Duration.ofMillis(200));
        bewoners = new Bewoners(kiosk.url());
        bewoners.tik(peiling, 3);
        bewoners.tik(peiling, 4);

        assertEquals(
                0L,
                await(bewoners::wachtend, n -> n == 0),
                "what waited under the revoked identity is delivered under the new one: " + bewoners.status());
        assertEquals(3, centrale.telling(oud.kioskId()));
        assertEquals(3, centrale.telling(nieuw.kioskId()));
        assertEquals(6, Bewoners.opgeslagen(buurt.kioskData()));
        assertEquals(3L, await(() -> centrale.sparqlTelling(nieuw.kioskId()), n -> n == 3));
    }

    @Test
    void queued_events_are_renumbered_after_the_acknowledged_sequence_and_new_ones_follow() {
        try (Database db = Database.open(buurt.kioskData().resolve("kiosk.db"))) {
            Migrations.apply(db, List.of(Outbox.SCHEMA));
            Outbox outbox = new Outbox(db);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                db.transaction(c -> Outbox.append(c, "antwoord", "{}", Instant.now()));
            }
            outbox.oldest(10).forEach(e -> ids.add(e.id()));

            outbox.continueAfter(41, "kiosk-1");
            long next = db.transaction(c -> Outbox.append(c, "antwoord", "{}", Instant.now()));

            List<Outbox.Event> queued = outbox.oldest(10);
            assertEquals(
                    List.of(42L, 43L, 44L, 45L),
                    queued.stream().map(Outbox.Event::seq).toList());
            assertEquals(
                    ids, queued.subList(0, 3).stream().map(Outbox.Event::id).toList(), "same events, same ids");
            assertEquals(45, next);
            assertEquals(true, outbox.numberedFor("kiosk-1"));
            assertEquals(false, outbox.numberedFor("kiosk-2"), "a new identity must agree its numbering again");
        }
    }

    @Test
    void an_outbox_from_before_numbering_was_agreed_is_trusted_for_its_first_identity() throws Exception {
        // The outbox as kiosks made it before numbering was agreed: no sync_state, no schema_version.
        try (Connection old = DriverManager.getConnection(
                        "jdbc:sqlite:" + buurt.kioskData().resolve("kiosk.db"));
                Statement s = old.createStatement()) {
            s.executeUpdate("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL)");
        }
        try (Database db = Database.open(buurt.kioskData().resolve("kiosk.db"))) {
            Migrations.apply(db, List.of(Outbox.SCHEMA));
            Outbox outbox = new Outbox(db);

            assertEquals(true, outbox.numberedFor("kiosk-1"));
            assertEquals(false, outbox.numberedFor("kiosk-2"));
            assertEquals("kiosk-1", db.transaction(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT value FROM sync_state");
                        ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }));
        }
    }
}
