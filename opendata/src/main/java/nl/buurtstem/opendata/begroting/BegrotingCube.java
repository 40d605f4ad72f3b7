package nl.buurtstem.opendata.begroting;

import java.util.List;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The municipal budget as a W3C Data Cube with the components of the OpenBudgets.eu data model: an amount
 * (obeu-measure:amount) per fiscal year, Iv3 taakveld (a functional classification) and budget phase
 * (begroot = approved, gerealiseerd = executed), in euro.
 */
public final class BegrotingCube {

    static final String OBEU_DIMENSION = "http://data.openbudgets.eu/ontology/dsd/dimension/";
    static final String OBEU_MEASURE = "http://data.openbudgets.eu/ontology/dsd/measure/";
    static final String OBEU_BUDGET_PHASE = "http://data.openbudgets.eu/resource/codelist/budget-phase/";
    static final String EURO = "http://publications.europa.eu/resource/authority/currency/EUR";

    private final Iris iris;
    private final Taakvelden taakvelden;

    public BegrotingCube(Iris iris, Taakvelden taakvelden) {
        this.iris = iris;
        this.taakvelden = taakvelden;
    }

    public String graphIri() {
        return iris.graph("begroting", "kubus");
    }

    /** @param imports the CSV imports the lines came from, published as PROV-O activities that generated the data set */
    public Graph graph(List<Begrotingsregel> regels, List<BegrotingStore.Import> imports) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        m.setNsPrefix("obeu-dimension", OBEU_DIMENSION);
        m.setNsPrefix("obeu-measure", OBEU_MEASURE);
        Resource dataSet = m.createResource(iris.id("dataset", "begroting"));
        Resource structure = m.createResource(iris.def("begroting-structuur"));
        Property unit = m.createProperty(Vocab.SDMX_ATTRIBUTE, "unitMeasure");
        m.add(dataSet, RDF.type, m.createResource(Vocab.QB + "DataSet"))
                .add(dataSet, m.createProperty(Vocab.QB, "structure"), structure)
                .add(dataSet, RDFS.label, m.createLiteral("Begroting en realisatie per Iv3-taakveld", "nl"))
                .add(dataSet, unit, m.createResource(EURO));
        m.add(structure, RDF.type, m.createResource(Vocab.QB + "DataStructureDefinition"));
        Property jaar = dimension(m, structure, "begrotingsjaar", "Begrotingsjaar", XSD.gYear, null, "fiscalYear", 1);
        Property taakveld = dimension(
                m,
                structure,
                "taakveld",
                "Iv3-taakveld",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(taakvelden.schemeIri()),
                "functionalClassification",
                2);
        Resource fasen = m.createResource(iris.id("begrippenkader", "begrotingsfase"));
        Property fase = dimension(
                m,
                structure,
                "begrotingsfase",
                "Begroot of gerealiseerd",
                m.createResource(Vocab.SKOS + "Concept"),
                fasen,
                "budgetPhase",
                3);
        Property bedrag = m.createProperty(iris.def("bedrag"));
        m.add(bedrag, RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(bedrag, RDFS.label, m.createLiteral("Bedrag in euro", "nl"))
                .add(bedrag, RDFS.subPropertyOf, m.createResource(OBEU_MEASURE + "amount"))
                .add(bedrag, RDFS.range, XSD.decimal);
        component(m, structure, "bedrag", "measure", bedrag);
        Resource unitSpec = component(m, structure, "eenheid", "attribute", unit);
        m.add(unit, RDF.type, m.createResource(Vocab.QB + "AttributeProperty"))
                .add(
                        unitSpec,
                        m.createProperty(Vocab.QB, "componentRequired"),
                        m.createTypedLiteral("true", XSDDatatype.XSDboolean))
                .add(
                        unitSpec,
                        m.createProperty(Vocab.QB, "componentAttachment"),
                        m.createResource(Vocab.QB + "DataSet"));
        m.add(fasen, RDF.type, m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(fasen, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral("Begrotingsfasen", "nl"));
        for (String f : Begrotingsregel.FASEN) {
            Resource c = m.createResource(iris.id("begrotingsfase", f));
            m.add(c, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                    .add(c, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral(f, "nl"))
                    .add(c, m.createProperty(Vocab.SKOS, "notation"), f)
                    .add(c, m.createProperty(Vocab.SKOS, "inScheme"), fasen)
                    .add(
                            c,
                            m.createProperty(Vocab.SKOS, "exactMatch"),
                            m.createResource(OBEU_BUDGET_PHASE + (f.equals("begroot") ? "approved" : "executed")));
        }
        for (BegrotingStore.Import i : imports) {
            Resource activity = m.createResource(iris.id("import", "begroting", Long.toString(i.id())));
            m.add(dataSet, m.createProperty(Vocab.PROV, "wasGeneratedBy"), activity)
                    .add(activity, RDF.type, m.createResource(Vocab.PROV + "Activity"))
                    .add(
                            activity,
                            RDFS.label,
                            m.createLiteral(
                                    "CSV-import van de begroting: " + i.geimporteerd() + " regels, " + i.fouten()
                                            + " afgewezen",
                                    "nl"))
                    .add(
                            activity,
                            m.createProperty(Vocab.PROV, "startedAtTime"),
                            m.createTypedLiteral(i.gestart().toString(), XSDDatatype.XSDdateTime))
                    .add(
                            activity,
                            m.createProperty(Vocab.PROV, "endedAtTime"),
                            m.createTypedLiteral(i.klaar().toString(), XSDDatatype.XSDdateTime));
        }
        for (Begrotingsregel r : regels) {
            Resource obs = m.createResource(
                    iris.id("observatie", "begroting", Integer.toString(r.jaar()), r.taakveld(), r.fase()));
            m.add(obs, RDF.type, m.createResource(Vocab.QB + "Observation"))
                    .add(obs, m.createProperty(Vocab.QB, "dataSet"), dataSet)
                    .add(obs, jaar, m.createTypedLiteral(Integer.toString(r.jaar()), XSDDatatype.XSDgYear))
                    .add(obs, taakveld, m.createResource(taakvelden.iri(r.taakveld())))
                    .add(obs, fase, m.createResource(iris.id("begrotingsfase", r.fase())))
                    .add(obs, bedrag, m.createTypedLiteral(r.bedrag().toPlainString(), XSDDatatype.XSDdecimal));
        }
        return m.getGraph();
    }

    private Property dimension(
            Model m,
            Resource structure,
            String name,
            String label,
            Resource range,
            Resource codeList,
            String obeu,
            int order) {
        Property dim = m.createProperty(iris.def(name));
        m.add(dim, RDF.type, m.createResource(Vocab.QB + "DimensionProperty"))
                .add(dim, RDFS.label, m.createLiteral(label, "nl"))
                .add(dim, RDFS.range, range)
                .add(dim, RDFS.subPropertyOf, m.createResource(OBEU_DIMENSION + obeu));
        if (codeList != null) {
            m.add(dim, RDF.type, m.createResource(Vocab.QB + "CodedProperty"))
                    .add(dim, m.createProperty(Vocab.QB, "codeList"), codeList);
        }
        Resource spec = component(m, structure, name, "dimension", dim);
        m.add(
                spec,
                m.createProperty(Vocab.QB, "order"),
                m.createTypedLiteral(Integer.toString(order), XSDDatatype.XSDinteger));
        return dim;
    }

    private Resource component(Model m, Resource structure, String name, String kind, Property p) {
        Resource spec = m.createResource(structure.getURI() + "/" + name);
        m.add(structure, m.createProperty(Vocab.QB, "component"), spec).add(spec, m.createProperty(Vocab.QB, kind), p);
        return spec;
    }
}
