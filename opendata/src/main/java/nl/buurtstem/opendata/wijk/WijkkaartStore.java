package nl.buurtstem.opendata.wijk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** The municipality's simple wijk map for the kiosks. */
public final class WijkkaartStore {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("wijkkaart", List.of(DocumentStore.createTable("wijkkaart")));

    private final DocumentStore<Wijkkaart> documents;

    public WijkkaartStore(Database db, ObjectMapper json) {
        this.documents = new DocumentStore<>(db, "wijkkaart", Wijkkaart.class, json, Wijkkaart::id, k -> null);
    }

    public void save(Wijkkaart kaart) {
        documents.save(kaart);
    }

    public Optional<Wijkkaart> current() {
        return documents.all().stream().findFirst();
    }
}
