package nl.buurtstem.opendata.lod;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The published RDF, in a TDB2 dataset: one named graph per publication, so republishing one poll
 * replaces exactly its triples. Queries see the union of all graphs as the default graph.
 * It is derived from the central node's database and can always be rebuilt from it.
 */
public final class LinkedData implements AutoCloseable {

    private final DatasetGraph dataset;

    private LinkedData(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public static LinkedData open(Path directory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LinkedData(dataset);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Replaces the named graph {@code graphIri} with {@code content}, atomically for readers. */
    public void replace(String graphIri, Graph content) {
        var name = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(name);
            dataset.addGraph(name, content);
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
