package nl.buurtstem.opendata.lod;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.buurtstem.opendata.store.Cluster;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The published graphs in the shared database, for central nodes that share one (PostgreSQL): whichever node
 * publishes a graph writes its content here with the next number of one cluster-wide sequence, and every node copies
 * what is new, in that order, into its own TDB2 ({@link Replica}). A graph is built under its own lock from the
 * database as it is then, so two nodes publishing the same graph at once end with the later, complete content.
 */
final class SharedGraphs {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "lod",
            List.of(
                    // inhoud: the graph as gzipped Turtle; vingerafdruk: GraphFingerprint; volgnummer: order of
                    // writing.
                    "CREATE TABLE lod_graph (graph TEXT PRIMARY KEY, inhoud BLOB NOT NULL, vingerafdruk TEXT NOT NULL, "
                            + "volgnummer INTEGER NOT NULL, gewijzigd TEXT NOT NULL)",
                    "CREATE UNIQUE INDEX lod_graph_volgnummer ON lod_graph(volgnummer)",
                    // Which database this is: a node's copy follows one database, and starts afresh for another.
                    "CREATE TABLE lod_bron (id TEXT PRIMARY KEY)"));

    /** The channel on which nodes hear that something was published. */
    static final String CHANNEL = "buurtstem_lod";

    /** One published version of a graph. */
    record Version(String graph, long volgnummer, Instant gewijzigd, byte[] inhoud) {
        Graph content() {
            Graph g = GraphFactory.createDefaultGraph();
            try (var in = new GZIPInputStream(new ByteArrayInputStream(inhoud))) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException("a published graph in the database is damaged: " + graph, e);
            }
            return g;
        }
    }

    private final Database db;
    private final Cluster cluster;
    private final Clock clock;

    SharedGraphs(Database db, Cluster cluster, Clock clock) {
        this.db = db;
        this.cluster = cluster;
        this.clock = clock;
    }

    /**
     * Builds the graph and writes it as the newest version, unless the same content is published already; true when
     * written. Other nodes hear of it once this commits.
     */
    boolean publish(String graphIri, Supplier<Graph> content) {
        return db.transaction(c -> {
            cluster.lockFor(c, "lod:" + graphIri);
            // Built now, under the graph's lock: it sees everything committed before, also by other nodes.
            Graph graph = content.get();
            String fingerprint = GraphFingerprint.of(graph);
            String stored = storedFingerprint(c, graphIri);
            if (fingerprint.equals(stored) || (stored == null && graph.isEmpty())) {
                return false;
            }
            // One writer at a time takes the next number: a node reading "after n" never misses one still committing.
            cluster.lockFor(c, "lod:volgorde");
            long next = lastNumber(c) + 1;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO lod_graph(graph, inhoud, vingerafdruk, volgnummer, gewijzigd) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT(graph) DO UPDATE SET inhoud = excluded.inhoud, "
                            + "vingerafdruk = excluded.vingerafdruk, volgnummer = excluded.volgnummer, "
                            + "gewijzigd = excluded.gewijzigd")) {
                s.setString(1, graphIri);
                s.setBytes(2, gzippedTurtle(graph));
                s.setString(3, fingerprint);
                s.setLong(4, next);
                s.setString(5, Instant.now(clock).toString());
                s.executeUpdate();
            }
            cluster.notify(c, CHANNEL);
            return true;
        });
    }

    /** The versions written after number {@code after}, oldest first, at most {@code limit}. */
    List<Version> since(long after, int limit) {
        return db.transaction(c -> {
            List<Version> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT graph, volgnummer, gewijzigd, inhoud FROM lod_graph "
                    + "WHERE volgnummer > ? ORDER BY volgnummer LIMIT ?")) {
                q.setLong(1, after);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Version(
                                rs.getString(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getBytes(4)));
                    }
                }
            }
            return result;
        });
    }

    /** This database's identity, made by the first node that asks. */
    String source() {
        return db.transaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO lod_bron(id) VALUES (?) ON CONFLICT DO NOTHING")) {
                s.setString(1, UUID.randomUUID().toString());
                s.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT min(id) FROM lod_bron");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static String storedFingerprint(Connection c, String graphIri) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT vingerafdruk FROM lod_graph WHERE graph = ?")) {
            q.setString(1, graphIri);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long lastNumber(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT coalesce(max(volgnummer), 0) FROM lod_graph");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] gzippedTurtle(Graph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            RDFDataMgr.write(gzip, graph, RDFFormat.TURTLE_FLAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
