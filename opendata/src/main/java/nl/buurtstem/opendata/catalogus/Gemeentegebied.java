package nl.buurtstem.opendata.catalogus;

import java.util.Locale;
import nl.buurtstem.opendata.lod.CbsGebieden;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The municipality as an area (/id/gemeente/GM0193): what every dataset covers and every wijk lies in. Its own graph
 * in the wijken dataset, so a page that shows its name does not change each time the catalogue's dates do.
 */
final class Gemeentegebied {

    private final Iris iris;
    private final CatalogusSettings settings;

    Gemeentegebied(Iris iris, CatalogusSettings settings) {
        this.iris = iris;
        this.settings = settings;
    }

    String graphIri() {
        return iris.graph("wijk", "gebied-" + settings.gemeentecode().toUpperCase(Locale.ROOT));
    }

    Graph graph() {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource area = m.createResource(CbsGebieden.gemeentegebied(iris, settings.gemeentecode()));
        String naam = settings.gemeentenaam().replaceFirst("^(?i)gemeente\\s+", "");
        m.add(area, RDF.type, m.createResource(Vocab.DCTERMS + "Location"))
                .add(area, RDF.type, m.createResource(Vocab.SCHEMA + "AdministrativeArea"))
                .add(area, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral(naam, "nl"))
                .add(area, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(naam, "nl"))
                .add(
                        area,
                        m.createProperty(Vocab.DCTERMS, "identifier"),
                        settings.gemeentecode().toUpperCase(Locale.ROOT))
                .add(
                        area,
                        RDFS.comment,
                        m.createLiteral(
                                "Het grondgebied van de gemeente. De gemeente als organisatie is "
                                        + settings.publisherIri() + ".",
                                "nl"))
                .add(area, RDFS.seeAlso, m.createResource(settings.publisherIri()));
        return m.getGraph();
    }
}
