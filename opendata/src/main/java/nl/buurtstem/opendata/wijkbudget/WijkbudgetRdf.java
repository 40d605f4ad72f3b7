package nl.buurtstem.opendata.wijkbudget;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.lod.Begrippenkader;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.vertaling.ActueleVertalingen;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A wijkbudget as linked data: its amount, its proposals with what each costs, and how many ballots chose
 * each. Like poll counts, a vote count below the privacy threshold is not published, only marked suppressed.
 *
 * <p>Once voting has ended, the receipts of the counted ballots (SHA-256 of the code each voter copied) are published
 * as values of one property: a set, without order, so anyone can check that a ballot was counted and nobody can tell
 * which receipt came first, from which kiosk, or what it chose. Their number is the number of counted ballots; while
 * a vote count is held back that number could make it computable (subtract the shown counts when every ballot chose
 * one proposal), so then the list is held back too.
 */
public final class WijkbudgetRdf {

    static final String STEMMEN_NA_AFLOOP =
            "Hoeveel stemmen elk voorstel kreeg, publiceren we als het stemmen voorbij is.";
    static final String HOUDT_BONNEN_ACHTER = "De lijst van getelde bonnetjes publiceren we niet: een klein aantal "
            + "stemmen dat we achterhouden zou er dan uit te rekenen zijn.";

    private final Iris iris;
    private final int drempel;
    private final ActueleVertalingen vertalingen;

    public WijkbudgetRdf(Iris iris, int drempel) {
        this(iris, drempel, ActueleVertalingen.GEEN);
    }

    /** @param vertalingen the translations of the winners' progress notes ("wijkbudget/…") */
    public WijkbudgetRdf(Iris iris, int drempel, ActueleVertalingen vertalingen) {
        this.iris = iris;
        this.drempel = drempel;
        this.vertalingen = vertalingen;
    }

    /** A proposal's vote count as published: null when it is held back (below the threshold, not demo data). */
    public Long getoond(Wijkbudget w, long n) {
        return !w.demo() && n > 0 && n < drempel ? null : n;
    }

    /** How staff's translations name a winning proposal's progress note. */
    static String uitvoeringItem(String wijkbudget, String voorstel) {
        return "wijkbudget/" + wijkbudget + "/" + voorstel + "/uitvoering";
    }

    /** The winners as the published counts make them ({@link Winnaars}). */
    List<Wijkbudget.Voorstel> winnaars(Wijkbudget w, Map<String, Long> stemmen) {
        Map<Wijkbudget.Voorstel, Long> getoond = new LinkedHashMap<>();
        for (Wijkbudget.Voorstel v : w.voorstellen()) {
            getoond.put(v, getoond(w, stemmen.getOrDefault(v.id(), 0L)));
        }
        return Winnaars.van(w, getoond);
    }

    /** The statuses a winning proposal can have, as a SKOS code list (published once, in its own graph). */
    Graph statussen() {
        return new Begrippenkader(
                        "uitvoeringsstatus", "Uitvoering van een gewonnen voorstel", "Progress of a winning proposal")
                .graph(iris, UitvoeringStatus.values());
    }

    /**
     * @param bonnen the receipts of the counted ballots
     * @param nu     now: the votes and the receipts are published only once voting has ended
     */
    public Graph graph(Wijkbudget w, Map<String, Long> stemmen, List<String> bonnen, Instant nu) {
        return graph(w, stemmen, bonnen, nu, Map.of());
    }

    /**
     * Also marks the proposals that won ({@link Winnaars}, from the published counts, once voting has ended) and
     * how far each winner is.
     *
     * @param uitvoering per proposal id, the status staff set
     */
    public Graph graph(
            Wijkbudget w,
            Map<String, Long> stemmen,
            List<String> bonnen,
            Instant nu,
            Map<String, Uitvoering> uitvoering) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource r = m.createResource(iris.id("wijkbudget", w.id()));
        m.add(r, RDF.type, m.createResource(iris.def("Wijkbudget")))
                .add(r, RDFS.label, m.createLiteral(w.titel(), "nl"))
                .add(r, m.createProperty(Vocab.DCTERMS, "title"), m.createLiteral(w.titel(), "nl"))
                .add(r, m.createProperty(Vocab.DCTERMS, "identifier"), w.id())
                .add(
                        r,
                        m.createProperty(iris.def("bedrag")),
                        m.createTypedLiteral(Long.toString(w.bedrag()), XSDDatatype.XSDdecimal));
        if (w.uitleg() != null) {
            m.add(r, m.createProperty(Vocab.DCTERMS, "description"), m.createLiteral(w.uitleg(), "nl"));
        }
        if (w.wijk() != null) {
            m.add(r, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", w.wijk())));
        }
        if (w.demo()) {
            m.add(r, RDFS.comment, m.createLiteral("Voorbeeldgegevens: dit is geen echt wijkbudget.", "nl"));
        }
        if (w.eind() != null) {
            m.add(
                    r,
                    m.createProperty(iris.def("stemmenTot")),
                    m.createTypedLiteral(w.eind().toString(), XSDDatatype.XSDdateTime));
        }
        WijkbudgetFasenRdf.add(m, iris, r, w);
        // While residents still vote, a count that went up after someone was seen at the kiosk would tell what she
        // chose: the votes are published once, when voting has ended.
        boolean uitslagBekend = w.demo() || w.isGesloten(nu);
        if (!uitslagBekend) {
            m.add(r, RDFS.comment, m.createLiteral(STEMMEN_NA_AFLOOP, "nl"));
        }
        boolean achtergehouden = false;
        for (Wijkbudget.Voorstel v : w.voorstellen()) {
            Resource p = m.createResource(iris.id("wijkbudget", w.id(), "voorstel", v.id()));
            m.add(r, m.createProperty(Vocab.DCTERMS, "hasPart"), p)
                    .add(p, RDF.type, m.createResource(iris.def("Voorstel")))
                    .add(p, RDFS.label, m.createLiteral(v.titel(), "nl"))
                    .add(p, m.createProperty(Vocab.DCTERMS, "title"), m.createLiteral(v.titel(), "nl"))
                    .add(
                            p,
                            m.createProperty(iris.def("bedrag")),
                            m.createTypedLiteral(Long.toString(v.bedrag()), XSDDatatype.XSDdecimal));
            if (v.omschrijving() != null) {
                m.add(p, m.createProperty(Vocab.DCTERMS, "description"), m.createLiteral(v.omschrijving(), "nl"));
            }
            if (!uitslagBekend) {
                continue;
            }
            long n = stemmen.getOrDefault(v.id(), 0L);
            if (getoond(w, n) == null) {
                achtergehouden = true;
                m.add(
                        p,
                        m.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus"),
                        m.createResource(iris.id("waarnemingsstatus", "onderdrukt")));
            } else {
                m.add(
                        p,
                        m.createProperty(iris.def("aantalStemmen")),
                        m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
            }
        }
        if (w.isGesloten(nu)) {
            for (Wijkbudget.Voorstel v : winnaars(w, stemmen)) {
                Resource p = m.createResource(iris.id("wijkbudget", w.id(), "voorstel", v.id()));
                m.addLiteral(p, m.createProperty(iris.def("gewonnen")), true);
                Uitvoering u = uitvoering.get(v.id());
                if (u != null) {
                    m.add(
                            p,
                            m.createProperty(iris.def("uitvoeringsstatus")),
                            m.createResource(
                                    iris.id("uitvoeringsstatus", u.status().code())));
                    if (u.notitie() != null) {
                        m.add(p, m.createProperty(iris.def("uitvoeringsnotitie")), m.createLiteral(u.notitie(), "nl"));
                        vertalingen
                                .van(uitvoeringItem(w.id(), v.id()), Map.of("notitie", u.notitie()))
                                .forEach((taal, velden) -> m.add(
                                        p,
                                        m.createProperty(iris.def("uitvoeringsnotitie")),
                                        m.createLiteral(velden.get("notitie"), taal)));
                    }
                    if (u.datum() != null) {
                        m.add(
                                p,
                                m.createProperty(iris.def("uitvoeringsdatum")),
                                m.createTypedLiteral(u.datum().toString(), XSDDatatype.XSDdate));
                    }
                }
            }
            if (achtergehouden) {
                m.add(r, RDFS.comment, m.createLiteral(HOUDT_BONNEN_ACHTER, "nl"));
            } else {
                for (String bon : bonnen) {
                    m.add(r, m.createProperty(iris.def("geteldeBon")), bon);
                }
            }
        }
        return m.getGraph();
    }
}
