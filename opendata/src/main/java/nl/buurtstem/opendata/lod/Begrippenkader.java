package nl.buurtstem.opendata.lod;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A code list published as a SKOS concept scheme: the scheme at /id/begrippenkader/{naam}, each value at
 * /id/{naam}/{code} with its notation, Dutch label and definition.
 *
 * @param naam    the list's name in its URIs, e.g. "ideestatus"
 * @param labelNl what the list is, in Dutch
 * @param labelEn the same in English, for reusers abroad
 */
public record Begrippenkader(String naam, String labelNl, String labelEn) {

    public Graph graph(Iris iris, Begrip[] begrippen) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource schema = m.createResource(iris.id("begrippenkader", naam));
        m.add(schema, RDF.type, m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(schema, RDFS.label, m.createLiteral(labelNl, "nl"))
                .add(schema, RDFS.label, m.createLiteral(labelEn, "en"));
        for (Begrip b : begrippen) {
            Resource code = m.createResource(iris.id(naam, b.code()));
            m.add(code, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                    .add(code, m.createProperty(Vocab.SKOS, "inScheme"), schema)
                    .add(code, m.createProperty(Vocab.SKOS, "notation"), b.code())
                    .add(code, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral(b.woord(), "nl"))
                    .add(code, m.createProperty(Vocab.SKOS, "definition"), m.createLiteral(b.uitleg(), "nl"));
        }
        return m.getGraph();
    }
}
