package nl.buurtstem.opendata.kiosk;

import java.util.List;
import java.util.function.Supplier;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Plek;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The kiosks as provenance (PROV-O): every answer in the poll cube names the kiosk it came from, and that
 * kiosk dereferences to where it stands. Only the buurthuis and wijk: never keys, addresses or people.
 */
public final class KioskPublication {

    /** What may be published about a kiosk. */
    public record PublicKiosk(String id, String buurthuis, String wijk, boolean ingetrokken) {}

    private final Iris iris;
    private final Supplier<List<PublicKiosk>> kiosks;
    private final Publisher publisher;

    public KioskPublication(Iris iris, Supplier<List<PublicKiosk>> kiosks, Publisher publisher) {
        this.iris = iris;
        this.kiosks = kiosks;
        this.publisher = publisher;
    }

    public String graphIri() {
        return iris.graph("kiosk", "alle");
    }

    public void publishNow() {
        publisher.publishNow(graphIri(), graph());
    }

    /** Poll results changed: a kiosk may have synced for the first time, so its description follows. */
    public void pollGraphChanged(String graphIri) {
        if (graphIri.startsWith(iris.graph("peiling"))) {
            // Right away, on the publisher's thread: the new observations already name the kiosk.
            publisher.publishNow(graphIri(), graph());
        }
    }

    Graph graph() {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        for (PublicKiosk k : kiosks.get()) {
            Resource r = m.createResource(iris.id("kiosk", k.id()));
            m.add(r, RDF.type, m.createResource(Vocab.PROV + "SoftwareAgent"))
                    .add(r, RDF.type, m.createResource(iris.def("Kiosk")))
                    .add(
                            r,
                            RDFS.label,
                            m.createLiteral(
                                    k.buurthuis() == null ? "Kiosk " + k.id() : "Kiosk in " + k.buurthuis(), "nl"));
            if (k.buurthuis() != null) {
                m.add(r, m.createProperty(Vocab.SCHEMA, "location"), new Plek(iris).resource(m, k.buurthuis(), null));
            }
            if (k.wijk() != null) {
                m.add(r, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", k.wijk())));
            }
            if (k.ingetrokken()) {
                m.add(r, m.createProperty(Vocab.ADMS, "status"), m.createResource(Vocab.STATUS_WITHDRAWN));
            }
        }
        return m.getGraph();
    }
}
