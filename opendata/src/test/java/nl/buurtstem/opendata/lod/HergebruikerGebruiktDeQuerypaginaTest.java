package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reuser who knows SPARQL uses the query page in Chromium (src/test/browser-sparql): examples, permalinks, a
 * chart, downloads in every result format, nothing loaded from another site; on the node's own address and behind
 * a reverse proxy that serves it below a path.
 */
@Tag("slow")
@Tag("ui")
class HergebruikerGebruiktDeQuerypaginaTest {

    private static final BrowserSuite SUITE = new BrowserSuite("src/test/browser-sparql");

    @Nested
    class OpHetEigenAdres {

        @RegisterExtension
        final DraaiendeCentrale centrale = new DraaiendeCentrale();

        @Test
        void the_query_page_works_in_chromium() throws Exception {
            Command.Result result =
                    SUITE.run("sparql.test.mjs", Map.of("CENTRAL_URL", centrale.url(), "BASE_URI", centrale.baseUri()));
            assertEquals(0, result.exit(), result.output());
        }
    }

    @Nested
    class AchterEenProxyMetPad {

        private final PadProxy proxy = start();

        @RegisterExtension
        final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.baseUri(proxy.base()));

        @Test
        void the_query_page_works_in_chromium_below_the_path() throws Exception {
            proxy.target(centrale.url());
            try (proxy) {
                Command.Result result = SUITE.run(
                        "sparql.test.mjs", Map.of("CENTRAL_URL", proxy.base(), "BASE_URI", centrale.baseUri()));
                assertEquals(0, result.exit(), result.output());
            }
        }

        private static PadProxy start() {
            try {
                return new PadProxy("/buurtstem/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
