package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Whether a dataset's N-Triples dump on disk holds exactly the content about to be written. Read as a stream and
 * looked up in the content, so a start that finds its dumps current holds one copy of a dataset in memory, not two.
 * Blank nodes have no name to look up by, so content with them is compared whole, as graphs (isomorphism).
 */
final class GeschrevenDump {

    private GeschrevenDump() {}

    static boolean gelijk(Path ntGz, Graph content) throws IOException {
        if (heeftBlankeKnopen(content)) {
            return heelGelijk(ntGz, content);
        }
        Teller teller = new Teller(content);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(ntGz))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(teller);
        } catch (Verschil | RiotException e) {
            return false;
        }
        // Every triple on disk is in the content, and a graph has no triple twice: equal counts mean equal sets.
        return teller.gelezen == content.size();
    }

    private static boolean heelGelijk(Path ntGz, Graph content) throws IOException {
        Graph written = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(ntGz))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(written);
        } catch (RiotException e) {
            return false;
        }
        return written.isIsomorphicWith(content);
    }

    private static boolean heeftBlankeKnopen(Graph content) {
        ExtendedIterator<Triple> blank = content.find()
                .filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        try {
            return blank.hasNext();
        } finally {
            blank.close();
        }
    }

    /** Counts the triples on disk, and stops reading at the first that the content does not hold. */
    private static final class Teller extends StreamRDFBase {
        private final Graph content;
        private long gelezen;

        Teller(Graph content) {
            this.content = content;
        }

        @Override
        public void triple(Triple triple) {
            if (triple.getSubject().isBlank() || triple.getObject().isBlank() || !content.contains(triple)) {
                throw new Verschil();
            }
            gelezen++;
        }
    }

    /** Ends the reading early: the dump differs. */
    private static final class Verschil extends RuntimeException {
        Verschil() {
            super(null, null, false, false);
        }
    }
}
