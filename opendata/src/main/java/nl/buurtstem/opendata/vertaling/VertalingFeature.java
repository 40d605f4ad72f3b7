package nl.buurtstem.opendata.vertaling;

import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;

/** Translations of content into the kiosk's languages; a kiosk gets them all and falls back to Dutch. */
public final class VertalingFeature implements Feature {

    private final VertalingStore store;

    public VertalingFeature(Core core) {
        this.store = new VertalingStore(core.db(), core.json());
    }

    public VertalingStore store() {
        return store;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(VertalingStore.SCHEMA);
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection("vertalingen", kiosk -> store.all()));
    }
}
