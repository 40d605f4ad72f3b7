package nl.buurtstem.opendata.lod;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloadable dumps of every dataset (Turtle.gz, N-Triples.gz, JSON-LD; CSV for Data Cubes), rewritten
 * when their graphs stopped changing for a moment, and at the latest a while after a change while publications keep
 * coming ({@link DumpSchedule}). Each file is written beside its old version and moved into place, so a download
 * never sees half a file.
 */
public final class Dumps implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Dumps.class);

    private final Path directory;
    private final DatasetGraph dataset;
    private final Iris iris;
    private final List<DatasetSpec> specs;
    private final RewriteTimer timer;
    private final BooleanSupplier leading;
    private final String licentie;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean led;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dumps");
        t.setDaemon(true);
        return t;
    });

    public Dumps(Path directory, DatasetGraph dataset, Iris iris, List<DatasetSpec> specs) {
        this(directory, dataset, iris, specs, () -> true, CC0, DumpSchedule.DEFAULT);
    }

    private static final String CC0 = "http://publications.europa.eu/resource/authority/licence/CC0";

    /**
     * @param leading whether this node writes the dumps: of several central nodes on one database, one writes them
     *     into a folder they share (see docs/ops/scale.md), the others serve them from there
     * @param licentie the licence the CSV tables' metadata names
     * @param schedule when a change reaches the files
     */
    public Dumps(
            Path directory,
            DatasetGraph dataset,
            Iris iris,
            List<DatasetSpec> specs,
            BooleanSupplier leading,
            String licentie,
            DumpSchedule schedule) {
        this.leading = leading;
        this.timer = new RewriteTimer(schedule, worker, this::rewrite);
        this.licentie = licentie;
        this.directory = directory;
        this.dataset = dataset;
        this.iris = iris;
        this.specs = List.copyOf(specs);
    }

    public Path directory() {
        return directory;
    }

    /** Writes every dataset's dumps now, on the caller's thread, reporting triples written. */
    public void writeAll(LongConsumer progress) {
        for (DatasetSpec spec : specs) {
            write(spec, progress);
        }
    }

    /** Rewrites every dataset's dumps soon, in the background; used at start. */
    public void writeAllSoon() {
        led = leading.getAsBoolean();
        // A node that takes over writing the dumps (the one that wrote them stopped) brings them up to date.
        worker.scheduleWithFixedDelay(this::takeOverIfLeading, 5, 5, TimeUnit.SECONDS);
        writeAll();
    }

    private void takeOverIfLeading() {
        boolean now = leading.getAsBoolean();
        if (now && !led) {
            writeAll();
        }
        led = now;
    }

    private void writeAll() {
        for (DatasetSpec spec : specs) {
            timer.now(spec);
        }
    }

    public List<DatasetSpec> specs() {
        return specs;
    }

    /** Called by the publisher: the dumps containing this graph are rewritten as {@link DumpSchedule} says. */
    public void graphChanged(String graphIri) {
        if (worker.isShutdown()) {
            // The node is stopping: a publication still finishing has no dumps to update (they are rewritten at start).
            return;
        }
        for (DatasetSpec spec : specs) {
            if (spec.contains(iris, graphIri)) {
                timer.changed(spec);
            }
        }
    }

    private void rewrite(DatasetSpec spec) {
        if (!leading.getAsBoolean()) {
            return;
        }
        try {
            write(spec, n -> {});
        } catch (RuntimeException e) {
            // The next change or restart writes this dump again; the old file stays in place until then.
            log.error("could not write the dumps of {}", spec.slug(), e);
        }
    }

    /** Writes one dataset's files; returns the number of triples in it. */
    public long write(DatasetSpec spec, LongConsumer progress) {
        try {
            Files.createDirectories(directory);
            Model content = snapshot(spec);
            if (unchanged(spec, content)) {
                // Same content, same files: their dates and tags keep telling reusers nothing changed.
                return content.size();
            }
            long[] count = {0};
            replace(
                    spec.slug() + ".nt.gz",
                    out -> stream(content, new GZIPOutputStream(out, 1 << 16), RDFFormat.NTRIPLES, count, progress));
            replace(
                    spec.slug() + ".ttl.gz",
                    out -> stream(content, new GZIPOutputStream(out, 1 << 16), RDFFormat.TURTLE_BLOCKS, null, null));
            replace(spec.slug() + ".jsonld", out -> RDFDataMgr.write(out, content, RDFFormat.JSONLD11_FLAT));
            if (spec.tabel() != null) {
                replace(spec.slug() + ".csv", out -> spec.tabel().writeCsv(content, iris, out));
                csvw(spec, spec.tabel().kolommen());
            } else if (spec.cube()) {
                replace(spec.slug() + ".csv", out -> CubeCsv.write(content, iris.id("dataset", spec.slug()), out));
                csvw(spec, CubeCsv.kolommen(content, iris.id("dataset", spec.slug())));
            }
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps of " + spec.slug(), e);
        }
    }

    private void csvw(DatasetSpec spec, List<Tabel.Kolom> kolommen) throws IOException {
        String csv = iris.base() + "dumps/" + spec.slug() + ".csv";
        replace(
                spec.slug() + CSVW,
                out -> json.writerWithDefaultPrettyPrinter()
                        .writeValue(out, Tabel.csvw(json, csv, spec.titel(), licentie, iris, kolommen)));
    }

    /** The name ending of a table's CSVW metadata, where CSVW processors look for it beside the CSV. */
    public static final String CSVW = ".csv-metadata.json";

    /** The files a dataset is downloadable as. */
    public static List<String> extensions(DatasetSpec spec) {
        return spec.csv()
                ? List.of(".ttl.gz", ".nt.gz", ".jsonld", ".csv", CSVW)
                : List.of(".ttl.gz", ".nt.gz", ".jsonld");
    }

    private boolean unchanged(DatasetSpec spec, Model content) throws IOException {
        for (String ext : extensions(spec)) {
            if (!Files.exists(directory.resolve(spec.slug() + ext))) {
                return false;
            }
        }
        return GeschrevenDump.gelijk(directory.resolve(spec.slug() + ".nt.gz"), content.getGraph());
    }

    private Model snapshot(DatasetSpec spec) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Txn.executeRead(dataset, () -> {
            var names = dataset.listGraphNodes();
            while (names.hasNext()) {
                Node name = names.next();
                if (spec.contains(iris, name.getURI())) {
                    dataset.getGraph(name).find().forEach(m.getGraph()::add);
                }
            }
        });
        return m;
    }

    private static void stream(
            Model content, GZIPOutputStream gzip, RDFFormat format, long[] count, LongConsumer progress) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, format);
        writer.start();
        content.getNsPrefixMap().forEach(writer::prefix);
        var it = content.getGraph().find();
        long n = 0;
        while (it.hasNext()) {
            writer.triple(it.next());
            n++;
            if (progress != null && n % 10_000 == 0) {
                progress.accept(n);
            }
        }
        writer.finish();
        if (count != null) {
            count[0] = n;
        }
        if (progress != null) {
            progress.accept(n);
        }
        try {
            gzip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replace(String file, Body body) throws IOException {
        Path target = directory.resolve(file);
        Path partial = directory.resolve(file + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            body.write(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
