package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.sync.ContentSection;
import org.junit.jupiter.api.Test;

/** A developer who adds a feature in the wrong place of the list hears so at start, not from a kiosk missing content. */
class FeaturesTest {

    private static Feature metKioskinhoud(String naam) {
        return new Feature() {
            @Override
            public List<ContentSection> kioskContent() {
                return List.of(new ContentSection(naam, kiosk -> Map.of()));
            }
        };
    }

    @Test
    void a_feature_with_kiosk_content_added_after_it_was_gathered_is_refused() {
        Features features = new Features();
        features.add(metKioskinhoud("peilingen"));
        assertEquals(1, features.kioskContent().size());

        IllegalStateException fout =
                assertThrows(IllegalStateException.class, () -> features.add(metKioskinhoud("plannen")));
        assertTrue(fout.getMessage().contains("kiosk content"), fout.getMessage());
        assertEquals(1, features.list().size(), "the refused feature is not added");
    }

    @Test
    void a_feature_that_declares_nothing_gathered_may_come_after() {
        Features features = new Features();
        features.add(metKioskinhoud("peilingen"));
        features.kioskContent();

        assertDoesNotThrow(() -> features.add(new Feature() {}));
        assertEquals(2, features.list().size());
    }
}
