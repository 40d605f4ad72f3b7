package nl.buurtstem.opendata.evaluatie;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** Published evaluations. */
public final class EvaluatieStore {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("evaluatie", List.of(DocumentStore.createTable("evaluatie")));

    private final DocumentStore<Evaluatie> documents;

    public EvaluatieStore(Database db, ObjectMapper json) {
        this.documents = new DocumentStore<>(db, "evaluatie", Evaluatie.class, json, Evaluatie::id, e -> null);
    }

    public void save(Evaluatie e) {
        documents.save(e);
    }

    public boolean delete(String id) {
        return documents.delete(id);
    }

    public Optional<Evaluatie> find(String id) {
        return documents.find(id);
    }

    public List<Evaluatie> all() {
        return documents.all();
    }
}
