package nl.buurtstem.opendata.initiatief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An initiative's texts are checked for e-mail addresses and phone numbers with patterns whose time grows faster than
 * the text; so a text longer than any story is refused for its length first, with a message for staff, and never
 * reaches them (a 30,000-character text once kept a core busy for seconds, 100,000 for minutes).
 */
@Tag("slow")
class TeLangVerhaalWordtGeweigerdTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_story_longer_than_the_limit_is_refused_for_its_length() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        String verhaal = "a@".repeat(50_000);
        String body = "{\"id\":\"lang-verhaal\",\"wijk\":\"WK019311\",\"titel\":\"Een lang verhaal\",\"verhaal\":\""
                + verhaal + "\",\"meedoen\":\"Kom langs\",\"demo\":false}";

        HttpResponse<String> r = beheer.bewaar("initiatief", "lang-verhaal", body);

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("verhaal may have at most " + InitiatiefBeheer.MAX_TEKST), r.body());
    }
}
