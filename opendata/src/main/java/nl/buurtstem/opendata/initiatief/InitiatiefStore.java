package nl.buurtstem.opendata.initiatief;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** Published citizen initiatives. */
public final class InitiatiefStore {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("initiatief", List.of(DocumentStore.createTable("initiatief")));

    private final DocumentStore<Initiatief> documents;

    public InitiatiefStore(Database db, ObjectMapper json) {
        this.documents =
                new DocumentStore<>(db, "initiatief", Initiatief.class, json, Initiatief::id, Initiatief::wijk);
    }

    public void save(Initiatief initiatief) {
        documents.save(initiatief);
    }

    public boolean delete(String id) {
        return documents.delete(id);
    }

    public Optional<Initiatief> find(String id) {
        return documents.find(id);
    }

    public List<Initiatief> all() {
        return documents.all();
    }

    public List<Initiatief> inWijk(String wijkcode) {
        return documents.forWijk(wijkcode);
    }
}
