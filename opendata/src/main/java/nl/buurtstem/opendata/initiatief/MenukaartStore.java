package nl.buurtstem.opendata.initiatief;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** The municipality's menukaart 'from idea to realisation'. */
public final class MenukaartStore {

    public static final Migrations.Steps SCHEMA =
            new Migrations.Steps("menukaart", List.of(DocumentStore.createTable("menukaart")));

    private final DocumentStore<Menukaart> documents;

    public MenukaartStore(Database db, ObjectMapper json) {
        this.documents = new DocumentStore<>(db, "menukaart", Menukaart.class, json, Menukaart::id, m -> null);
    }

    public void save(Menukaart menukaart) {
        documents.save(menukaart);
    }

    /** The menukaart kiosks show; the municipality keeps one. */
    public Optional<Menukaart> current() {
        return documents.all().stream().findFirst();
    }
}
