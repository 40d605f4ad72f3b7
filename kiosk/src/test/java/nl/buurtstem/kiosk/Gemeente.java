package nl.buurtstem.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.HeldPort;

/**
 * The municipality in this JVM: a real central node with demo content on a free port, its data in a folder, that
 * can be stopped and started again as after a reboot. What staff and auditors do with it is {@link #centrale()}.
 */
public final class Gemeente {

    private final Path data;
    private final UnaryOperator<CentralNode.Builder> instellingen;
    private final int port;
    private final Centrale centrale;
    private final Optional<DatabaseAddress> database = TestStore.fresh();
    private CentralNode node;
    private HeldPort poortTijdensUitval;

    private Gemeente(Path data, UnaryOperator<CentralNode.Builder> instellingen) {
        this.data = data;
        this.instellingen = instellingen;
        this.node = startNode(0);
        this.port = node.port();
        this.centrale = new Centrale(node.url(), data, node.database());
    }

    public static Gemeente start(Path data) {
        return new Gemeente(data, UnaryOperator.identity());
    }

    /** As {@link #start}, with settings a story needs (a short retention of contact details, ...). */
    public static Gemeente start(Path data, UnaryOperator<CentralNode.Builder> instellingen) {
        return new Gemeente(data, instellingen);
    }

    /**
     * As {@link #start}, with the kiosks watched in seconds instead of minutes and the buurthuis open day and night,
     * so a heartbeat, an alert or an action on the dashboard happens within a test.
     */
    public static Gemeente startMetSnelleVlootbewaking(Path data, Duration checkEvery) {
        return new Gemeente(
                data,
                builder -> builder.fleet(FleetSettings.defaults()
                        .withTimes(
                                Duration.ofSeconds(1),
                                Duration.ofSeconds(5),
                                Duration.ofSeconds(10),
                                Duration.ofMinutes(5),
                                checkEvery)
                        .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
    }

    public void stop() {
        node.stop();
        laatPoortGaan();
    }

    /**
     * The central node goes down (a power cut, a backup being restored) until {@link #restart}: kiosks find nothing
     * there, and no other server of this busy machine can take its port meanwhile.
     */
    public void uitvallen() {
        node.stop();
        poortTijdensUitval = HeldPort.hold(port);
    }

    /** Starts the central node again on the same port and data folder, so kiosks find it where it was. */
    public void restart() {
        laatPoortGaan();
        node = startNode(port);
    }

    private void laatPoortGaan() {
        if (poortTijdensUitval != null) {
            poortTijdensUitval.close();
            poortTijdensUitval = null;
        }
    }

    public int port() {
        return port;
    }

    public Centrale centrale() {
        return centrale;
    }

    /** A kiosk registered here for the wijk, as the tests run it; callers add what their story needs and start it. */
    public KioskNode.Builder kiosk(String naam, Path kioskData) throws Exception {
        return centrale.registreer(naam).kiosk(kioskData);
    }

    private CentralNode startNode(int port) {
        return instellingen
                .apply(DraaiendeCentrale.builder(data, port, database))
                .build()
                .start();
    }
}
