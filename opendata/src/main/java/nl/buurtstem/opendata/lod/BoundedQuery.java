package nl.buurtstem.opendata.lod;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's own query operation, with two limits that answer with a clear message instead of a cut-off
 * result: a result may have at most {@code maxResults} rows (or triples), and a query that runs past the
 * timeout is stopped. Rows are collected before anything is written, so a refusal is never half a result.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    private final long maxResults;
    private final Duration timeout;

    BoundedQuery(long maxResults, Duration timeout) {
        this.maxResults = maxResults;
        this.timeout = timeout;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, qExec, query, queryStringLog);
            if (result.isRowSet()) {
                return new QueryExecResult(bounded(result.rowSet()));
            }
            if (result.isGraph() && result.graph().size() > maxResults) {
                tooMany("triples");
            }
            return result;
        } catch (QueryCancelledException e) {
            ServletOps.error(
                    503,
                    "Query timed out: this endpoint stops a query after " + timeout.toMillis()
                            + " ms. Narrow the query (fewer OPTIONALs, a LIMIT, more specific patterns) or download the dumps "
                            + "listed in the catalogue at /catalogus.");
            return null;
        }
    }

    private RowSet bounded(RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext()) {
            if (kept.size() >= maxResults) {
                tooMany("rows");
            }
            kept.add(rows.next());
        }
        return RowSetStream.create(rows.getResultVars(), kept.iterator());
    }

    private void tooMany(String what) {
        ServletOps.error(
                400,
                "Result too large: this endpoint returns at most " + maxResults + " " + what
                        + " per query. Add a LIMIT (and OFFSET to page), aggregate, or download the dumps listed in the "
                        + "catalogue at /catalogus.");
    }
}
