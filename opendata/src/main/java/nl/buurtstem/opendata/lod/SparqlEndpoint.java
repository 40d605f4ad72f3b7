package nl.buurtstem.opendata.lod;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * A read-only SPARQL 1.1 endpoint at /sparql, answered by Fuseki's own engine inside the central node's
 * Jetty: the same port and server as everything else, and the full SPARQL protocol without our own code.
 * Results: JSON, XML, CSV, TSV for SELECT/ASK; Turtle, JSON-LD, RDF/XML, N-Triples for CONSTRUCT/DESCRIBE.
 */
public final class SparqlEndpoint {

    public static final String PATH = "/sparql";

    /** How long one query may run and how many rows (or triples) one answer may have. */
    public record Limits(Duration timeout, long maxResults) {}

    private SparqlEndpoint() {}

    /** @param services the endpoints a query may call with SERVICE; no others are ever called */
    public static void install(
            JavalinConfig cfg, DatasetGraph dataset, Limits limits, Iris iris, ServiceAllowList services) {
        QueryPage queryPage = new QueryPage(iris);
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/sparql-ui";
            files.directory = "/sparql-ui/static";
            files.location = Location.CLASSPATH;
        });
        dataset.getContext()
                .set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
        services.applyTo(dataset.getContext());
        cfg.jetty.modifyServletContextHandler(handler -> {
            OperationRegistry operations = OperationRegistry.createStd();
            operations.register(Operation.Query, new BoundedQuery(limits.maxResults(), limits.timeout()));
            // Only the query operation: updates and graph-store writes do not exist here.
            DataService service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "")
                    .build();
            service.setEndpointProcessors(operations);
            service.goActive();
            DataAccessPointRegistry accessPoints = new DataAccessPointRegistry();
            accessPoints.register(new DataAccessPoint(PATH, service));
            ServletContext context = handler.getServletContext();
            OperationRegistry.set(context, operations);
            DataAccessPointRegistry.set(context, accessPoints);
            handler.addFilter(
                    new FilterHolder(new SparqlGuard(queryPage, ServiceDescription.of(iris, limits, services))),
                    PATH,
                    EnumSet.of(DispatcherType.REQUEST));
            // Fuseki's filter answers /sparql itself and passes every other path on to Javalin.
            handler.addFilter(new FilterHolder(new FusekiFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        });
    }
}
