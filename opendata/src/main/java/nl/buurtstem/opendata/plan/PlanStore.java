package nl.buurtstem.opendata.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** Published plans. */
public final class PlanStore {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("plan", List.of(DocumentStore.createTable("plan")));

    private final DocumentStore<Plan> documents;

    public PlanStore(Database db, ObjectMapper json) {
        this.documents = new DocumentStore<>(db, "plan", Plan.class, json, Plan::id, Plan::wijk);
    }

    public void save(Plan plan) {
        documents.save(plan);
    }

    public boolean delete(String id) {
        return documents.delete(id);
    }

    public Optional<Plan> find(String id) {
        return documents.find(id);
    }

    public List<Plan> all() {
        return documents.all();
    }

    public List<Plan> inWijk(String wijkcode) {
        return documents.forWijk(wijkcode);
    }
}
