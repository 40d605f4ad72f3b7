package nl.buurtstem.opendata.vertaling;

import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Translations of content into the kiosk's languages. Kiosks get them through {@link VertalingBeheerFeature}, which
 * knows today's Dutch of each item and so leaves out what is outdated; a kiosk falls back to Dutch per field.
 */
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
}
