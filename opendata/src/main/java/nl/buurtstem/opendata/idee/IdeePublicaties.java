package nl.buurtstem.opendata.idee;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.lod.Begrippenkader;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.wijk.Wijk;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Ideas reach the open data only this way: staff write a cleaned text of an idea as a draft, a publisher
 * approves it, and only that text is published. What residents typed at the kiosk is never published.
 */
public final class IdeePublicaties {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("idee-publicatie", List.of(DocumentStore.createTable("idee_publicatie")));

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[a-zA-Z]{2,}");
    private static final Pattern VERWIJZING =
            Pattern.compile("(initiatief|plan|wijkbudget|peiling)/[a-z0-9][a-z0-9-]{0,99}"
                    // a wijkbudget's proposal, so the chain idea, proposal, result can be followed
                    + "|wijkbudget/[a-z0-9][a-z0-9-]{0,99}/voorstel/[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PHONE = Pattern.compile("(\\+31|0)[\\s-]?\\d([\\s-]?\\d){8}");

    private final DocumentStore<GepubliceerdIdee> documents;
    private final Iris iris;
    private final VertalingStore vertalingen;

    public IdeePublicaties(Database db, ObjectMapper json, Iris iris, VertalingStore vertalingen) {
        this.documents = new DocumentStore<>(
                db, "idee_publicatie", GepubliceerdIdee.class, json, GepubliceerdIdee::id, GepubliceerdIdee::wijk);
        this.iris = iris;
        this.vertalingen = vertalingen;
    }

    public List<GepubliceerdIdee> all() {
        return documents.all();
    }

    public Optional<GepubliceerdIdee> find(String id) {
        return documents.find(id);
    }

    /** Publishes a cleaned idea (as staff do through the content screens). */
    public void save(GepubliceerdIdee idee) {
        check(idee);
        documents.save(idee);
    }

    public Inhoud<GepubliceerdIdee> inhoud(Consumer<String> changed) {
        return new Inhoud<>(
                "idee",
                GepubliceerdIdee.class,
                GepubliceerdIdee::id,
                GepubliceerdIdee::tekst,
                IdeePublicaties::check,
                documents::all,
                documents::find,
                documents::save,
                documents::delete,
                changed);
    }

    public Graph graph(GepubliceerdIdee idee) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource r = m.createResource(iris.id("idee", idee.id()));
        m.add(r, RDF.type, m.createResource(Vocab.SCHEMA + "Comment"))
                .add(r, RDF.type, m.createResource(iris.def("Idee")))
                .add(r, RDFS.label, m.createLiteral(idee.tekst(), "nl"))
                .add(r, m.createProperty(Vocab.SCHEMA, "text"), m.createLiteral(idee.tekst(), "nl"))
                .add(r, m.createProperty(Vocab.DCTERMS, "subject"), m.createLiteral(idee.thema(), "nl"));
        if (idee.wijk() != null) {
            m.add(r, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", idee.wijk())));
        }
        if (idee.maand() != null) {
            m.add(
                    r,
                    m.createProperty(Vocab.DCTERMS, "created"),
                    m.createTypedLiteral(idee.maand(), XSDDatatype.XSDgYearMonth));
        }
        if (idee.status() != null) {
            m.add(r, m.createProperty(iris.def("ideestatus")), m.createResource(iris.id("ideestatus", idee.status())));
        }
        if (idee.antwoord() != null) {
            m.add(r, m.createProperty(iris.def("antwoord")), m.createLiteral(idee.antwoord(), "nl"));
        }
        // What staff translated, beside the Dutch, each with its language tag ("…"@ar).
        vertalingen.van(IdeeVertalingen.SOORT + idee.id()).forEach((taal, velden) -> {
            String tekst = velden.get("tekst");
            if (tekst != null && !tekst.isBlank()) {
                m.add(r, RDFS.label, m.createLiteral(tekst, taal))
                        .add(r, m.createProperty(Vocab.SCHEMA, "text"), m.createLiteral(tekst, taal));
            }
            String antwoord = velden.get("antwoord");
            if (antwoord != null && !antwoord.isBlank() && idee.antwoord() != null) {
                m.add(r, m.createProperty(iris.def("antwoord")), m.createLiteral(antwoord, taal));
            }
        });
        if (idee.context() != null) {
            // What the resident reacted to, and the other way round: the plan's or poll's page shows its ideas.
            m.add(r, m.createProperty(Vocab.DCTERMS, "relation"), m.createResource(iri(idee.context())));
        }
        if (idee.omgezetNaar() != null) {
            Resource werd = m.createResource(iri(idee.omgezetNaar()));
            m.add(werd, m.createProperty(Vocab.PROV, "wasDerivedFrom"), r)
                    .add(r, m.createProperty(Vocab.DCTERMS, "isReferencedBy"), werd);
        }
        return m.getGraph();
    }

    private String iri(String ref) {
        String[] delen = ref.split("/");
        return iris.id(delen[0], Arrays.copyOfRange(delen, 1, delen.length));
    }

    /** The statuses an idea can have, as a SKOS code list (published once, in its own graph). */
    public Graph statussen() {
        return new Begrippenkader("ideestatus", "Status van een idee", "Status of an idea")
                .graph(iris, IdeeStatus.values());
    }

    static void check(GepubliceerdIdee idee) {
        Refs.require(idee.id(), "id");
        if (idee.tekst() == null || idee.tekst().isBlank() || idee.tekst().length() > 1000) {
            throw new IllegalArgumentException("tekst is the cleaned idea, 1 to 1000 characters");
        }
        if (EMAIL.matcher(idee.tekst()).find() || PHONE.matcher(idee.tekst()).find()) {
            throw new IllegalArgumentException(
                    "a published idea has no e-mail addresses or phone numbers: clean the text first");
        }
        if (idee.wijk() != null && !Wijk.isWijkcode(idee.wijk())) {
            throw new IllegalArgumentException("wijk must be a CBS wijkcode like WK019311");
        }
        if (idee.maand() != null && !idee.maand().matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("maand must look like 2026-11");
        }
        for (String ref : new String[] {idee.context(), idee.omgezetNaar()}) {
            if (ref != null && !VERWIJZING.matcher(ref).matches()) {
                throw new IllegalArgumentException(
                        "context and omgezetNaar are references like plan/herinrichting-vechtstraat or "
                                + "wijkbudget/diezerpoort-2027/voorstel/bankjes");
            }
        }
        if (idee.status() != null) {
            IdeeStatus.vanCode(idee.status());
        }
        if (idee.antwoord() != null
                && (EMAIL.matcher(idee.antwoord()).find()
                        || PHONE.matcher(idee.antwoord()).find())) {
            throw new IllegalArgumentException("a published answer has no e-mail addresses or phone numbers");
        }
        if (idee.thema() == null || !IdeeHandler.THEMAS.contains(idee.thema())) {
            throw new IllegalArgumentException("thema must be one of " + IdeeHandler.THEMAS);
        }
    }
}
