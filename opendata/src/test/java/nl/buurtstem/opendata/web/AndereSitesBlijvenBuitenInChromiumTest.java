package nl.buurtstem.opendata.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-security), against a real central node: a page on another port or another
 * site cannot act with an admin's login nor frame a staff page, and every page, the staff's, the kiosks' dashboard,
 * the query page and the public ones, works under the node's content security policy.
 */
@Tag("slow")
@Tag("ui")
class AndereSitesBlijvenBuitenInChromiumTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_page_elsewhere_cannot_act_with_a_staff_login_in_chromium() throws Exception {
        run("andere-site.test.mjs");
    }

    @Test
    void every_page_works_under_the_content_security_policy_in_chromium() throws Exception {
        run("inhoudsbeleid.test.mjs");
    }

    private void run(String file) throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        Command.Result result = new BrowserSuite("src/test/browser-security")
                .run(
                        file,
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "STAFF_KEY",
                                beheer.key,
                                "ADMIN_PASSWORD",
                                Beheer.beheerderswachtwoord(centrale.data())));
        assertEquals(0, result.exit(), result.output());
    }
}
