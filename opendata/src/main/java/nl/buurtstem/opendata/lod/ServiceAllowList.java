package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The SPARQL endpoints a query on this node may call with {@code SERVICE}: none, unless the municipality names them
 * in {@value #FILE} in the data folder (one endpoint IRI a line, {@code #} starts a comment). Anything else would let
 * whoever sends a query make the node fetch an address of their choosing, inside the municipality's network too.
 */
public record ServiceAllowList(Set<String> endpoints) {

    public static final String FILE = "sparql-service-allowlist.txt";

    /**
     * Where a query's execution context notes a refused call: ARQ turns any failure inside an expression (FILTER
     * EXISTS) into "false", so the exception alone would leave the client with a silently empty answer.
     */
    static final Symbol REFUSED = Symbol.create("urn:buurtstem:sparql:serviceRefused");

    public ServiceAllowList {
        endpoints = Set.copyOf(endpoints);
    }

    public static ServiceAllowList none() {
        return new ServiceAllowList(Set.of());
    }

    /** The allow-list in {@code dataDir}, or none when the file is absent. */
    public static ServiceAllowList read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return none();
        }
        try (var lines = Files.lines(file)) {
            return new ServiceAllowList(
                    lines.map(line -> line.replaceFirst("#.*", "").strip())
                            .filter(line -> !line.isEmpty())
                            .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    boolean allows(Node service) {
        return service.isURI() && endpoints.contains(service.getURI());
    }

    /**
     * Polices SERVICE in every query run against {@code context}'s dataset: in ARQ's own service executor chain, so
     * it also holds for an endpoint only known at run time (a variable) and inside EXISTS or sub-queries.
     */
    void applyTo(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            if (!allows(opExecute.getService())) {
                ServiceRefused refused = new ServiceRefused(opExecute.getService());
                AtomicReference<ServiceRefused> noted = execCxt.getContext().get(REFUSED);
                if (noted != null) {
                    noted.compareAndSet(null, refused);
                    // Stop the whole query: its answer is a refusal, however often the pattern would call again.
                    execCxt.getCancelSignal().set(true);
                }
                throw refused;
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
        // ARQ's own switch as a second fence: with an empty list, its HTTP client refuses every call too.
        context.set(Service.httpServiceAllowed, !endpoints.isEmpty());
    }

    /** A SERVICE call this node does not make. */
    static final class ServiceRefused extends RuntimeException {
        ServiceRefused(Node service) {
            super("This endpoint does not call other SPARQL endpoints: SERVICE "
                    + (service.isURI() ? "<" + service.getURI() + ">" : service.toString())
                    + " is not on this node's list of allowed endpoints. Run the federated query from your own "
                    + "client or endpoint instead, with this node's /sparql as one of its services.");
        }
    }
}
