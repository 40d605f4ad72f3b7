package nl.buurtstem.opendata.wijkupdate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.mail.MailFout;
import nl.buurtstem.opendata.mail.Mailer;
import nl.buurtstem.opendata.store.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the 1st of each month, from {@value #UUR}:00 in the municipality, mails every address on the lists the poster of
 * its wijk for the month that just ended: its results are complete then, and its coming meetings are those from now
 * on. An address added later waits for the next month. One node of a cluster sends; a month is sent to each address
 * once, also across a restart in the middle (see {@link Adressenlijst#neemOp}); a failed delivery is tried again an
 * hour later, {@value #POGINGEN} times in all.
 */
final class Maandmail implements AutoCloseable {

    static final int UUR = 8;
    static final int POGINGEN = 3;
    private static final Duration OPNIEUW_NA = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Maandmail.class);

    private final Adressenlijst lijst;
    private final WijkupdateInhoud inhoud;
    private final Mailer mailer;
    private final Wijkupdatemail mail;
    private final Cluster cluster;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wijkupdate-mail");
        t.setDaemon(true);
        return t;
    });

    Maandmail(
            Adressenlijst lijst,
            WijkupdateInhoud inhoud,
            Mailer mailer,
            Wijkupdatemail mail,
            Cluster cluster,
            Clock clock) {
        this.lijst = lijst;
        this.inhoud = inhoud;
        this.mailer = mailer;
        this.mail = mail;
        this.cluster = cluster;
        this.clock = clock;
    }

    /** Looks at start and then every ten seconds (one indexed query): a node that was down catches up at once. */
    void start() {
        timer.scheduleWithFixedDelay(this::safely, 0, 10, TimeUnit.SECONDS);
    }

    void verstuur() {
        Instant nu = clock.instant();
        YearMonth deze = YearMonth.from(nu.atZone(Gemeentetijd.ZONE));
        Instant vanaf = deze.atDay(1)
                .atTime(LocalTime.of(UUR, 0))
                .atZone(Gemeentetijd.ZONE)
                .toInstant();
        if (nu.isBefore(vanaf) || !cluster.leads("wijkupdate-mail")) {
            return;
        }
        YearMonth maand = deze.minusMonths(1);
        Map<String, Wijkupdate> updates = new HashMap<>();
        Map<String, byte[]> affiches = new HashMap<>();
        int verstuurd = 0;
        int mislukt = 0;
        for (Abonnee a : lijst.teVersturen(maand, vanaf, nu.minus(OPNIEUW_NA), POGINGEN)) {
            if (!lijst.neemOp(a, maand, nu, nu.minus(OPNIEUW_NA), POGINGEN)) {
                continue;
            }
            try {
                Wijkupdate u = updates.computeIfAbsent(a.wijk(), w -> inhoud.voor(w, maand));
                byte[] pdf = affiches.computeIfAbsent(a.wijk(), w -> mail.affiche(u));
                mailer.send(mail.bericht(a, maand, pdf, u.wijknaam()));
                lijst.verstuurd(a, maand, clock.instant());
                verstuurd++;
            } catch (MailFout e) {
                lijst.mislukt(a, maand, waarom(e));
                mislukt++;
                // Only the code: the server's words may quote the address.
                log.warn(
                        "the wijkupdate of {} for one address was not delivered (mail server code {})",
                        maand,
                        e.code());
            } catch (RuntimeException e) {
                // Not left taken on: tried again in an hour, as a failed delivery.
                lijst.mislukt(
                        a,
                        maand,
                        "Niet verstuurd: het maken van de affiche ging mis. We proberen het later"
                                + " opnieuw. Blijft dit zo, vraag het dan de ICT-afdeling.");
                mislukt++;
                log.error("making the wijkupdate of {} for wijk {} failed", maand, a.wijk(), e);
            }
        }
        if (verstuurd + mislukt > 0) {
            // Counts only: whose address is nobody's business in a log.
            log.info("mailed the wijkupdate of {} to {} addresses; {} failed", maand, verstuurd, mislukt);
        }
    }

    /** Why it failed, as staff can act on it. */
    private static String waarom(MailFout e) {
        if (e.adresGeweigerd()) {
            return "Niet bezorgd: de mailserver nam dit adres niet aan. Klopt het adres? Verwijder het en zet het"
                    + " er goed op.";
        }
        return "Niet bezorgd: de mailserver van de gemeente gaf geen antwoord. We proberen het later opnieuw. Blijft"
                + " dit zo, vraag het dan de ICT-afdeling.";
    }

    private void safely() {
        try {
            verstuur();
        } catch (RuntimeException e) {
            log.error("mailing the wijkupdate failed; trying again", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
