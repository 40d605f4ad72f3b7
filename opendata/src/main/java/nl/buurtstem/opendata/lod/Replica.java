package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's TDB2 as a copy of the graphs published in the shared database: it copies, in the order they were
 * written, the versions it has not seen, and remembers how far it got beside the TDB2 folder. A node that starts with
 * an empty TDB2 (or one that followed another database) copies everything once; after that only what is new.
 */
final class Replica {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);
    private static final int BATCH = 20;

    private final LinkedData linkedData;
    private final SharedGraphs shared;
    private final Path positionFile;
    private final String source;
    private long position;

    private Replica(LinkedData linkedData, SharedGraphs shared, Path positionFile, String source, long position) {
        this.linkedData = linkedData;
        this.shared = shared;
        this.positionFile = positionFile;
        this.source = source;
        this.position = position;
    }

    static Replica open(LinkedData linkedData, SharedGraphs shared, Path positionFile) {
        String source = shared.source();
        long position = 0;
        try {
            if (Files.exists(positionFile)) {
                String[] saved = Files.readString(positionFile).strip().split(" ");
                if (saved.length == 2 && saved[0].equals(source)) {
                    position = Long.parseLong(saved[1]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("cannot read {}; copying every published graph again", positionFile);
        }
        if (position > 0 && linkedData.isEmpty()) {
            // The TDB2 folder was lost or emptied while the position beside it stayed: what it counted is gone.
            log.warn(
                    "{} says the copy is complete, but the TDB2 is empty; copying every published graph again",
                    positionFile);
            position = 0;
        }
        if (position == 0) {
            // Graphs of another database, or of this node's time alone, must not linger among the copies.
            linkedData.clear();
        }
        return new Replica(linkedData, shared, positionFile, source, position);
    }

    /** Copies what was published since the last call; returns the graphs whose content changed here. */
    synchronized List<String> catchUp() {
        List<String> changed = new ArrayList<>();
        long start = position;
        while (true) {
            List<SharedGraphs.Version> versions = shared.since(position, BATCH);
            if (versions.isEmpty()) {
                break;
            }
            // One TDB2 transaction per batch: a node copying everything into an empty TDB2 commits 20 times fewer.
            changed.addAll(linkedData.replaceAll(versions.stream()
                    .map(v -> new LinkedData.Replacement(v.graph(), v.content(), v.gewijzigd()))
                    .toList()));
            position = versions.getLast().volgnummer();
            save();
        }
        if (start == 0 && position > 0) {
            log.info("copied {} published graphs from the shared database into this node's TDB2", changed.size());
        }
        return changed;
    }

    private void save() {
        Path partial = positionFile.resolveSibling(positionFile.getFileName() + ".partial");
        try {
            Files.writeString(partial, source + " " + position + "\n");
            Files.move(partial, positionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + positionFile, e);
        }
    }
}
