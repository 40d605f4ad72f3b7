package nl.buurtstem.opendata.begroting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** Published grants to initiatives. */
public final class SubsidieStore {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("subsidie", List.of(DocumentStore.createTable("subsidie")));

    private final DocumentStore<Subsidie> documents;

    public SubsidieStore(Database db, ObjectMapper json) {
        this.documents = new DocumentStore<>(db, "subsidie", Subsidie.class, json, Subsidie::id, s -> null);
    }

    public void save(Subsidie s) {
        documents.save(s);
    }

    public boolean delete(String id) {
        return documents.delete(id);
    }

    public Optional<Subsidie> find(String id) {
        return documents.find(id);
    }

    public List<Subsidie> all() {
        return documents.all();
    }
}
