package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.LongPredicate;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.Await;

/** Counts what a central node holds: the answers in its database, and what SPARQL shows of them. */
public final class Telling {

    private final String url;
    private final String baseUri;
    private final DatabaseAddress database;

    public Telling(CentralNode central) {
        this(central.url(), central.baseUri(), central.database());
    }

    /** What the central node at {@code url} holds, with IRIs minted under {@code baseUri}, its truth in {@code database}. */
    public Telling(String url, String baseUri, DatabaseAddress database) {
        this.url = url;
        this.baseUri = baseUri;
        this.database = database;
    }

    /** Answers of this kiosk counted in the central node's database (read over a connection of its own, as an auditor would). */
    public long inDatabase(String kioskId) throws Exception {
        try (Connection c = TestStore.connect(database);
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM antwoord WHERE kiosk_id = ?")) {
            q.setString(1, kioskId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Answers of this kiosk in the published Data Cube, summed over the SPARQL protocol. */
    public long inSparql(String kioskId) throws Exception {
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (SUM(?n) AS ?totaal) WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ; <%1$sdef/kiosk> ?kiosk ;
                       <%1$sdef/aantalAntwoorden> ?n .
                  FILTER(STRENDS(STR(?kiosk), "/%2$s"))
                }""".formatted(baseUri, kioskId);
        JsonNode totaal = Sparql.select(url, query).path(0).path("totaal").path("value");
        return totaal.isMissingNode() ? 0 : totaal.asLong();
    }

    /** Polls until the SPARQL count satisfies {@code done} and returns the last count, for the caller to assert. */
    public long awaitSparql(String kioskId, LongPredicate done) throws Exception {
        return Await.await(() -> inSparql(kioskId), n -> done.test(n));
    }
}
