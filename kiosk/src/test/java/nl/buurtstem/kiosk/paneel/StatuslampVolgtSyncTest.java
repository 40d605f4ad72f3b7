package nl.buurtstem.kiosk.paneel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.Lamp;
import nl.buurtstem.hardware.PanelListener;
import nl.buurtstem.hardware.PinMap;
import nl.buurtstem.kiosk.sync.SyncStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status lamp on Pi4J's mock lines follows the sync state; asserted on the recorded lamp transitions. */
class StatuslampVolgtSyncTest {

    private static final SyncStatus ONLINE = new SyncStatus(true, 0, Instant.now(), null);
    private final List<String> lampen = new CopyOnWriteArrayList<>();
    private GpioPlatform gpio;
    private StatusLamp lamp;
    private SyncStatus now = ONLINE;

    @BeforeEach
    void open() {
        gpio = GpioPlatform.open(GpioPlatform.Choice.SIMULATED);
        KioskPanel panel = gpio.panel(PinMap.defaults());
        panel.addListener(new PanelListener() {
            @Override
            public void lampChanged(Lamp l, boolean on) {
                lampen.add(l.dutch() + (on ? " aan" : " uit"));
            }
        });
        lamp = new StatusLamp(panel, () -> now);
    }

    @AfterEach
    void close() {
        gpio.close();
    }

    @Test
    void offline_with_answers_waiting_is_orange_and_back_online_is_green() {
        lamp.accept(offline(3));
        lamp.accept(ONLINE);

        assertEquals(List.of("groen uit", "oranje aan", "oranje uit", "groen aan"), lampen);
    }

    @Test
    void offline_with_nothing_waiting_stays_green_until_an_answer_waits() {
        lamp.accept(offline(0));
        assertEquals(List.of(), lampen);

        now = offline(1);
        lamp.refresh();

        assertEquals(List.of("groen uit", "oranje aan"), lampen);
    }

    @Test
    void a_kiosk_the_central_node_refuses_shows_red() {
        lamp.accept(offline(2));
        lamp.accept(new SyncStatus(
                false, 2, null, "central node refused (403 kiosk-revoked): this kiosk was taken out of use"));

        assertEquals(List.of("groen uit", "oranje aan", "oranje uit", "rood aan"), lampen);
    }

    @Test
    void a_kiosk_without_enrollment_shows_red() {
        lamp.accept(new SyncStatus(false, 0, null, "this kiosk is not enrolled: its config has no enrollmentToken"));

        assertEquals(List.of("groen uit", "rood aan"), lampen);
    }

    @Test
    void a_central_node_with_a_server_error_counts_as_offline_not_as_a_fault() {
        lamp.accept(new SyncStatus(false, 4, null, "central node refused (503 http-503): no explanation given"));

        assertEquals(List.of("groen uit", "oranje aan"), lampen);
    }

    private static SyncStatus offline(long pending) {
        return new SyncStatus(false, pending, null, "central node not reachable");
    }
}
