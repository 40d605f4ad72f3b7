package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** Published polls. */
public final class PeilingStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "peiling",
            List.of(
                    DocumentStore.createTable("peiling"),
                    // One row per counted answer; (kiosk, seq) is the kiosk's own numbering, so a resent answer lands
                    // on itself.
                    "CREATE TABLE antwoord (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, peiling TEXT NOT NULL, "
                            + "optie INTEGER NOT NULL, kanaal TEXT NOT NULL, wijk TEXT, datum TEXT NOT NULL, "
                            + "PRIMARY KEY (kiosk_id, seq))",
                    "CREATE INDEX antwoord_peiling ON antwoord(peiling)",
                    // When the central node received it (epoch ms) and the closed period it was published in: answers
                    // reach the open data only once their period has ended (Publicatieperiode).
                    "ALTER TABLE antwoord ADD COLUMN ontvangen INTEGER",
                    "ALTER TABLE antwoord ADD COLUMN periode INTEGER",
                    "CREATE INDEX antwoord_periode ON antwoord(periode)",
                    // A closed period's cells are read per poll (issue 21): one index serves that and the open ones.
                    "DROP INDEX antwoord_periode",
                    "CREATE INDEX antwoord_periode_peiling ON antwoord(periode, peiling)"));

    private final DocumentStore<Peiling> documents;

    public PeilingStore(Database db, ObjectMapper json) {
        this.documents = new DocumentStore<>(db, "peiling", Peiling.class, json, Peiling::id, Peiling::wijk);
    }

    public void save(Peiling peiling) {
        documents.save(peiling);
    }

    public boolean delete(String id) {
        return documents.delete(id);
    }

    public Optional<Peiling> find(String id) {
        return documents.find(id);
    }

    public List<Peiling> all() {
        return documents.all();
    }

    public List<Peiling> askedIn(String wijkcode) {
        return documents.forWijk(wijkcode).stream()
                .filter(p -> p.isAskedIn(wijkcode))
                .toList();
    }
}
