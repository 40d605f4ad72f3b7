package nl.buurtstem.opendata.lod;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's own query operation, with two limits that answer with a clear message instead of a cut-off
 * result: a result may have at most {@code maxResults} rows, triples or JSON items, and a query that runs past
 * the timeout is stopped. Results are collected before anything is written, so a refusal is never half a
 * result; every refusal is a problem body like the rest of the node's.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    private final long maxResults;
    private final Duration timeout;

    BoundedQuery(long maxResults, Duration timeout) {
        this.maxResults = maxResults;
        this.timeout = timeout;
    }

    @Override
    protected void executeLifecycle(HttpAction action) {
        try {
            super.executeLifecycle(action);
        } catch (ActionErrorException e) {
            HttpServletResponse res = action.getResponse();
            if (res.isCommitted()) {
                throw e;
            }
            res.resetBuffer();
            String detail = e.getMessage() == null ? "The query was refused (HTTP " + e.getRC() + ")." : e.getMessage();
            ProblemResponse.write(action.getRequest(), res, e.getRC(), SparqlRefusal.typeOf(e), detail);
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        action.getContext().set(ServiceAllowList.REFUSED, new AtomicReference<ServiceAllowList.ServiceRefused>());
        return super.createQueryExec(action, query, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        AtomicReference<ServiceAllowList.ServiceRefused> refused =
                action.getContext().get(ServiceAllowList.REFUSED);
        try {
            QueryExecResult result = collect(action, qExec, query, queryStringLog);
            if (refused.get() != null) {
                throw refused.get();
            }
            return result;
        } catch (QueryCancelledException e) {
            if (refused.get() != null) {
                throw new SparqlRefusal(
                        400, "service-not-allowed", refused.get().getMessage());
            }
            throw new SparqlRefusal(
                    503,
                    "query-timeout",
                    "Query timed out: this endpoint stops a query after " + timeout.toMillis()
                            + " ms. Narrow the query (fewer OPTIONALs, a LIMIT, more specific patterns) or download the dumps "
                            + "listed in the catalogue at /catalogus.");
        } catch (RuntimeException e) {
            if (refused.get() == null) {
                throw e;
            }
            throw new SparqlRefusal(400, "service-not-allowed", refused.get().getMessage());
        }
    }

    private QueryExecResult collect(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        if (query.isConstructType()) {
            return new QueryExecResult(bounded(qExec.constructQuads()));
        }
        if (query.isDescribeType()) {
            return new QueryExecResult(bounded(qExec.describeTriples(), GraphFactory.createDefaultGraph()));
        }
        QueryExecResult result = super.executeQuery(action, qExec, query, queryStringLog);
        if (result.isRowSet()) {
            return new QueryExecResult(bounded(result.rowSet()));
        }
        if (result.isJson()) {
            return new QueryExecResult(boundedJson(result.jsonItems()));
        }
        return result;
    }

    private RowSet bounded(RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext()) {
            if (kept.size() >= maxResults) {
                throw tooMany("rows");
            }
            kept.add(rows.next());
        }
        return RowSetStream.create(rows.getResultVars(), kept.iterator());
    }

    /** CONSTRUCT: counted as distinct triples (or quads), as they will be written. */
    private DatasetGraph bounded(Iterator<Quad> quads) {
        DatasetGraph kept = DatasetGraphFactory.create();
        long n = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!kept.contains(q)) {
                if (++n > maxResults) {
                    throw tooMany("triples");
                }
                kept.add(q);
            }
        }
        return kept;
    }

    private Graph bounded(Iterator<Triple> triples, Graph kept) {
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!kept.contains(t)) {
                if (kept.size() >= maxResults) {
                    throw tooMany("triples");
                }
                kept.add(t);
            }
        }
        return kept;
    }

    private Iterator<JsonObject> boundedJson(Iterator<JsonObject> items) {
        List<JsonObject> kept = new ArrayList<>();
        while (items.hasNext()) {
            if (kept.size() >= maxResults) {
                throw tooMany("items");
            }
            kept.add(items.next());
        }
        return kept.iterator();
    }

    private SparqlRefusal tooMany(String what) {
        return new SparqlRefusal(
                400,
                "result-too-large",
                "Result too large: this endpoint returns at most " + maxResults + " " + what
                        + " per query. Add a LIMIT (and OFFSET to page), aggregate, or download the dumps listed in the "
                        + "catalogue at /catalogus.");
    }
}
