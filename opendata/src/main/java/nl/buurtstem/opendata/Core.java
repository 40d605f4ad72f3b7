package nl.buurtstem.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.staff.Staff;
import nl.buurtstem.opendata.store.Cluster;
import nl.buurtstem.opendata.store.Database;
import org.apache.jena.graph.Graph;

/**
 * What every feature works with: the database (the truth), the published linked data and its publisher, the
 * staff who are asking, the node's clock and data folder, and the other central nodes on the same database
 * ({@link Cluster#leads} says whether this one does a background job).
 */
public record Core(
        Path dataDir,
        Database db,
        ObjectMapper json,
        Iris iris,
        LinkedData linkedData,
        Publisher publisher,
        Staff staff,
        Clock clock,
        Cluster cluster) {

    /** Keeps one kind of item published in step with its publication status (draft, published, withdrawn). */
    public <T> ItemPublication<T> publication(
            String soort,
            Class<T> type,
            Supplier<List<T>> all,
            Function<String, Optional<T>> find,
            Function<T, String> id,
            Function<T, Graph> mapping) {
        return new ItemPublication<>(
                soort, iris, all, find, id, mapping, staff.lifecycle(), publisher, body -> read(body, type));
    }

    /** Reads what this node wrote itself as JSON; unreadable means the stored data is damaged. */
    public <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
