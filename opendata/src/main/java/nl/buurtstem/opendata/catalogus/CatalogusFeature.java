package nl.buurtstem.opendata.catalogus;

import io.javalin.config.JavalinConfig;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Discovery;
import nl.buurtstem.opendata.lod.DumpRoutes;
import nl.buurtstem.opendata.lod.DumpSchedule;
import nl.buurtstem.opendata.lod.Dumps;

/**
 * The DCAT-AP-NL catalogue of every dataset the features publish, and their downloads (dumps), rewritten seconds
 * after publications stop, at the latest a minute after a change ({@link DumpSchedule}).
 */
public final class CatalogusFeature implements Feature {

    private final Core core;
    private final Catalogus catalogus;
    private final Dumps dumps;
    private final List<DatasetSpec> datasets;
    private final Gemeentegebied gemeentegebied;

    public CatalogusFeature(
            Core core, CatalogusSettings settings, List<DatasetSpec> datasets, DumpSchedule dumpSchedule) {
        this.core = core;
        this.catalogus = new Catalogus(core.iris(), settings, datasets);
        this.datasets = List.copyOf(datasets);
        this.gemeentegebied = new Gemeentegebied(core.iris(), settings);
        this.dumps = new Dumps(
                core.dataDir().resolve("dumps"),
                core.linkedData().dataset(),
                core.iris(),
                datasets,
                () -> core.cluster().leads("dumps"),
                settings.licentie(),
                dumpSchedule);
    }

    /** The catalogue's IRI, whose document is the whole catalogue graph. */
    public String catalogIri() {
        return catalogus.catalogIri();
    }

    public String graphIri() {
        return catalogus.graphIri();
    }

    @Override
    public void open() {
        core.publisher().publishNow(gemeentegebied.graphIri(), gemeentegebied.graph());
        core.publisher().publishNow(catalogus.graphIri(), () -> catalogus.graph(new DataTijden()));
        core.publisher().onPublished(dumps::graphChanged);
        core.publisher().onPublished(graph -> {
            if (datasets.stream().anyMatch(d -> d.contains(core.iris(), graph))) {
                core.publisher().publishSoon(catalogus.graphIri(), () -> catalogus.graph(new DataTijden()));
            }
        });
        dumps.writeAllSoon();
    }

    /** Issued and modified as the published graphs of each dataset show them. */
    private final class DataTijden implements Catalogus.Tijden {
        @Override
        public Optional<Instant> uitgegeven(DatasetSpec dataset) {
            return core.linkedData().firstIssued(graph -> dataset.contains(core.iris(), graph));
        }

        @Override
        public Optional<Instant> gewijzigd(DatasetSpec dataset) {
            return core.linkedData().lastChanged(graph -> dataset.contains(core.iris(), graph));
        }
    }

    @Override
    public void routes(JavalinConfig cfg) {
        new DumpRoutes(dumps, core.iris().basePath()).install(cfg);
        new Discovery(core.iris(), core.linkedData(), dumps.specs()).install(cfg);
    }

    @Override
    public void close() {
        dumps.close();
    }
}
