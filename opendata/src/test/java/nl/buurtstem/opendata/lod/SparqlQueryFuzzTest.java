package nl.buurtstem.opendata.lod;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.opendata.fuzz.FuzzBudget;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Coverage-guided (Jazzer): any query text is parsed and run under the node's SERVICE guard (no endpoint allowed)
 * with a time limit, and ends in an answer or a query error, never another exception. Jazzer's own detectors fail
 * the run as soon as a query makes the process open a connection to anywhere (server-side request forgery).
 */
class SparqlQueryFuzzTest {

    private static final Dataset DATA = DatasetFactory.create(data());

    static {
        ServiceAllowList.none().applyTo(DATA.getContext());
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX)
    void any_query_is_answered_or_refused_and_fetches_nothing(String text) {
        if (text == null) {
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryException refused) {
            return;
        }
        try (QueryExecution run = QueryExecution.dataset(DATA)
                .query(query)
                .timeout(1, TimeUnit.SECONDS)
                .build()) {
            switch (query.queryType()) {
                case SELECT -> run.execSelect().forEachRemaining(row -> {});
                case ASK -> run.execAsk();
                case CONSTRUCT -> run.execConstruct();
                case DESCRIBE -> run.execDescribe();
                case CONSTRUCT_JSON -> run.execJson();
                default -> {}
            }
        } catch (QueryException | ServiceAllowList.ServiceRefused refused) {
            // the 4xx answers: a query error, a timeout, a SERVICE this node does not call
        }
    }

    private static Model data() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                        @prefix bs: <http://localhost/def/> .
                        @prefix dct: <http://purl.org/dc/terms/> .
                        <http://localhost/id/plan/a> a bs:Plan ; dct:title "Bankjes"@nl ; bs:wijk <http://localhost/id/wijk/WK019311> .
                        <http://localhost/id/wijk/WK019311> dct:title "Diezerpoort" ; bs:aantal 12, 3.5, "x" .
                        <http://localhost/id/peiling/p> bs:optie ( "ja" "nee" ) .
                        """).lang(Lang.TURTLE).parse(m);
        return m;
    }
}
