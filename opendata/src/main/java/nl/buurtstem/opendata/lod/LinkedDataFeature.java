package nl.buurtstem.opendata.lod;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The linked data every feature publishes, served: the read-only SPARQL 1.1 endpoint (Fuseki's engine) with its
 * query page, dereferencing of /id/, /doc/ and /def/ after the Dutch URI strategy, and our own vocabulary.
 */
public final class LinkedDataFeature implements Feature {

    private final Core core;
    private final SparqlEndpoint.Limits limits;
    private final Dereferencing dereferencing;
    private final OwnVocabulary vocabulary;

    /**
     * @param views       per type, a feature's own page instead of the generic one
     * @param wholeGraphs per IRI, the named graph that is its whole document
     */
    public LinkedDataFeature(
            Core core, SparqlEndpoint.Limits limits, Map<String, HtmlView> views, Map<String, String> wholeGraphs) {
        this.core = core;
        this.limits = limits;
        this.dereferencing = new Dereferencing(core.iris(), new Descriptions(core.linkedData()), views, wholeGraphs);
        this.vocabulary = new OwnVocabulary(core.iris());
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(Publisher.schema());
    }

    @Override
    public void open() {
        core.publisher().publishNow(vocabulary.graphIri(), vocabulary.graph());
    }

    @Override
    public void routes(JavalinConfig cfg) {
        SparqlEndpoint.install(
                cfg, core.linkedData().dataset(), limits, core.iris(), ServiceAllowList.read(core.dataDir()));
        dereferencing.install(cfg);
    }
}
