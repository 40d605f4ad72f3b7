package nl.buurtstem.opendata.peiling;

import java.util.List;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * A poll's standing over its whole run as two small Data Cubes beside the detail: "peilingstand" per poll and option,
 * "peilingstandperwijk" per poll, wijk and option, so "a poll's result" reads a handful of observations. Each figure
 * is a {@link Stand}: a sum of published period totals only, never held back because it shows nothing they do not.
 */
final class PeilingStandCube {

    private final Iris iris;
    private final PeilingTermen t;

    PeilingStandCube(Iris iris, PeilingTermen t) {
        this.iris = iris;
        this.t = t;
    }

    /** The two data sets, their structures and the second measure. */
    void structuur(Model m) {
        m.add(t.achtergehouden(), RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(t.achtergehouden(), RDF.type, RDF.Property)
                .add(t.achtergehouden(), RDFS.label, m.createLiteral("Aantal achtergehouden periodetotalen", "nl"))
                .add(
                        t.achtergehouden(),
                        RDFS.comment,
                        m.createLiteral(
                                "Hoeveel periodetotalen (peilingtotalen) onder deze stand zijn achtergehouden: hun "
                                        + "antwoorden tellen niet mee in aantalAntwoorden.",
                                "nl"))
                .add(t.achtergehouden(), RDFS.range, XSD.integer);
        dataSet(
                m,
                t.stand(),
                t.standStructuur(),
                "Stand van peilingen per antwoordoptie",
                List.of(t.peiling(), t.optie()));
        dataSet(
                m,
                t.standPerWijk(),
                t.standPerWijkStructuur(),
                "Stand van peilingen per wijk en antwoordoptie",
                List.of(t.peiling(), t.optie(), t.wijk()));
    }

    /** The poll's standings: one observation per wijk and option, and one per option over all wijken. */
    void observaties(Model m, String peiling, List<Stand> perWijk) {
        for (Stand s : perWijk) {
            String wijk = s.wijk() == null ? "onbekend" : s.wijk();
            Resource obs = observatie(
                    m,
                    t.standPerWijk(),
                    peiling,
                    s,
                    iris.id("observatie", "peilingstandperwijk", peiling, Integer.toString(s.optie()), wijk));
            m.add(obs, t.wijk(), m.createResource(iris.id("wijk", wijk)));
        }
        for (Stand s : Stand.overAlleWijken(perWijk)) {
            observatie(
                    m,
                    t.stand(),
                    peiling,
                    s,
                    iris.id("observatie", "peilingstand", peiling, Integer.toString(s.optie())));
        }
    }

    private Resource observatie(Model m, Resource dataSet, String peiling, Stand s, String iri) {
        Resource obs = m.createResource(iri);
        m.add(obs, RDF.type, m.createResource(Vocab.QB + "Observation"))
                .add(obs, m.createProperty(Vocab.QB, "dataSet"), dataSet)
                .add(obs, t.peiling(), m.createResource(iris.id("peiling", peiling)))
                .add(
                        obs,
                        t.optie(),
                        m.createResource(iris.id("peiling", peiling, "optie", Integer.toString(s.optie()))))
                .add(obs, t.aantal(), m.createTypedLiteral(Long.toString(s.antwoorden()), XSDDatatype.XSDinteger))
                .add(
                        obs,
                        t.achtergehouden(),
                        m.createTypedLiteral(Long.toString(s.achtergehouden()), XSDDatatype.XSDinteger));
        return obs;
    }

    private void dataSet(Model m, Resource dataSet, Resource structuur, String titel, List<Property> dimensies) {
        PeilingStructuur.deelset(m, t, dataSet, structuur, titel, dimensies, List.of(t.aantal(), t.achtergehouden()));
        m.add(
                dataSet,
                RDFS.comment,
                m.createLiteral(
                        "Over alle gesloten periodes: de som van de gepubliceerde periodetotalen "
                                + "(peilingtotalen). Achtergehouden totalen tellen niet mee; hoeveel dat er "
                                + "zijn staat in aantalAchtergehoudenTotalen.",
                        "nl"));
    }
}
