package nl.buurtstem.opendata.wijkbudget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A wijkbudget's phases as residents see them on the kiosk (ideas, proposals, the vote, the result, carrying out): each
 * a schema:Event with its start, and its end where the next phase starts, as a time in the Netherlands with its offset
 * from UTC (like a plan's participation moments), so a reuser asks "which phase is on now" with NOW() alone. Linked
 * from the wijkbudget by bs:fase; a phase staff gave no start is left out.
 */
final class WijkbudgetFasenRdf {

    /** One phase: its code (the last part of its IRI and its dct:identifier), its names, and when it starts. */
    private record Fase(String code, String nl, String en, Instant begin) {}

    private WijkbudgetFasenRdf() {}

    static void add(Model m, Iris iris, Resource wijkbudget, Wijkbudget w) {
        List<Fase> fasen = fasen(w);
        for (int i = 0; i < fasen.size(); i++) {
            Fase fase = fasen.get(i);
            if (fase.begin() == null) {
                continue;
            }
            Resource f = m.createResource(iris.id("wijkbudget", w.id(), "fase", fase.code()));
            m.add(wijkbudget, m.createProperty(iris.def("fase")), f)
                    .add(f, RDF.type, m.createResource(Vocab.SCHEMA + "Event"))
                    .add(f, RDF.type, m.createResource(iris.def("Wijkbudgetfase")))
                    .add(f, m.createProperty(Vocab.DCTERMS, "identifier"), fase.code())
                    .add(f, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(fase.nl(), "nl"))
                    .add(f, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(fase.en(), "en"))
                    .add(f, RDFS.label, m.createLiteral(fase.nl(), "nl"))
                    .add(f, RDFS.label, m.createLiteral(fase.en(), "en"))
                    .add(
                            f,
                            m.createProperty(Vocab.SCHEMA, "position"),
                            m.createTypedLiteral(Integer.toString(i + 1), XSDDatatype.XSDinteger))
                    .add(f, m.createProperty(Vocab.SCHEMA, "about"), wijkbudget)
                    .add(f, m.createProperty(Vocab.SCHEMA, "startDate"), Gemeentetijd.xsdDateTime(m, fase.begin()));
            Instant einde = einde(fasen, i);
            if (einde != null) {
                m.add(f, m.createProperty(Vocab.SCHEMA, "endDate"), Gemeentetijd.xsdDateTime(m, einde));
            }
        }
    }

    /** The phases in order; the vote ends and the result starts at the wijkbudget's end of voting. */
    private static List<Fase> fasen(Wijkbudget w) {
        List<Fase> fasen = new ArrayList<>();
        Wijkbudget.Fasen f = w.fasen();
        if (f == null) {
            return fasen;
        }
        fasen.add(new Fase("ideeen", "Ideeën geven", "Sharing ideas", f.ideeen()));
        fasen.add(new Fase(
                "voorstellen", "De gemeente maakt voorstellen", "The municipality makes proposals", f.voorstellen()));
        fasen.add(new Fase("stemmen", "Stemmen", "Voting", f.stemmen()));
        fasen.add(new Fase("uitslag", "De uitslag", "The result", w.eind()));
        fasen.add(new Fase("uitvoering", "Het wordt gemaakt", "It is being made", f.uitvoering()));
        return fasen;
    }

    /** Where the next phase with a start begins; the last one has no end. */
    private static Instant einde(List<Fase> fasen, int i) {
        for (int j = i + 1; j < fasen.size(); j++) {
            if (fasen.get(j).begin() != null) {
                return fasen.get(j).begin();
            }
        }
        return null;
    }
}
