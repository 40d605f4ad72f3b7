package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.kiosk.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kiosk comes back after weeks offline with a large backlog. It catches up in bounded batches while residents
 * keep tapping; their taps are answered during the catch-up, and everything is counted exactly once.
 * (How fast, in events per second and tap latency, is measured by bench/sync-bench, not here.)
 */
@Tag("slow")
class GroteAchterstandTest {

    private static final int BACKLOG = 20_000;

    @RegisterExtension
    final BuurtInDezeJvm buurt = new BuurtInDezeJvm();

    @Test
    void residents_tap_while_weeks_of_answers_catch_up_and_all_count_once() throws Exception {
        Centrale centrale = buurt.centrale();
        Registratie registratie = centrale.registreer("Buurthuis Aa-landen");
        KioskNode kiosk = buurt.startKiosk(registratie, Duration.ofMillis(200));
        String peiling = new Bewoners(kiosk.url()).actievePeiling();
        buurt.stopKiosk();
        queueWeeksOfAnswers(peiling);

        kiosk = buurt.startKiosk(registratie, Duration.ofMillis(200));
        Bewoners bewoners = new Bewoners(kiosk.url());
        int tapped = 0;
        long pendingDuringTaps = Long.MAX_VALUE;
        for (int i = 0; i < 40; i++) {
            tapped += bewoners.tik(peiling, 1 + i % 4) ? 1 : 0;
            pendingDuringTaps = Math.min(pendingDuringTaps, bewoners.wachtend());
        }

        assertTrue(pendingDuringTaps > 0, "the taps were answered while the backlog was still being sent");
        assertEquals(0L, await(bewoners::wachtend, n -> n == 0, Duration.ofSeconds(120)), "outbox drained");
        long expected = BACKLOG + tapped;
        assertEquals(expected, Bewoners.opgeslagen(buurt.kioskData()));
        assertEquals(expected, centrale.telling(registratie.kioskId()), "counted exactly once at the central node");
        assertEquals(
                expected,
                await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == expected),
                "counted exactly once in SPARQL");
    }

    /** Four weeks without network: answers stored as the kiosk stores them, each with its outbox event. */
    private void queueWeeksOfAnswers(String peiling) {
        Instant fourWeeksAgo = Instant.now().minus(Duration.ofDays(28));
        try (Database db = Database.open(buurt.kioskData().resolve("kiosk.db"))) {
            db.transaction(c -> {
                for (int i = 0; i < BACKLOG; i++) {
                    Instant at = fourWeeksAgo.plusSeconds(i * 100L);
                    int optie = 1 + i % 4;
                    long seq = Outbox.append(
                            c,
                            "antwoord",
                            "{\"peiling\":\"" + peiling + "\",\"optie\":" + optie + ",\"kanaal\":\"scherm\"}",
                            at);
                    try (var s = c.prepareStatement(
                            "INSERT INTO antwoord(seq, peiling, optie, kanaal, at) VALUES (?, ?, ?, ?, ?)")) {
                        s.setLong(1, seq);
                        s.setString(2, peiling);
                        s.setInt(3, optie);
                        s.setString(4, "scherm");
                        s.setString(5, at.toString());
                        s.executeUpdate();
                    }
                }
                return null;
            });
        }
    }
}
