package nl.buurtstem.opendata.idee;

import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.EventHandler;

/**
 * Ideas residents leave at a kiosk. What they typed stays in the database; only a text staff cleaned and a publisher
 * approved is published, in the dataset "initiatieven".
 */
public final class IdeeFeature implements Feature {

    private final IdeePublicaties publicaties;
    private final ItemPublication<GepubliceerdIdee> publication;

    public IdeeFeature(Core core) {
        this.publicaties = new IdeePublicaties(core.db(), core.json(), core.iris());
        this.publication = core.publication(
                "idee",
                GepubliceerdIdee.class,
                publicaties::all,
                publicaties::find,
                GepubliceerdIdee::id,
                publicaties::graph);
    }

    public IdeePublicaties publicaties() {
        return publicaties;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(IdeeStore.SCHEMA, IdeePublicaties.SCHEMA);
    }

    @Override
    public List<EventHandler> syncEvents() {
        return List.of(new IdeeHandler());
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(publicaties.inhoud(publication::changed));
    }

    @Override
    public List<DatasetSpec.Bijdrage> bijdragen() {
        return List.of(new DatasetSpec.Bijdrage("initiatieven", "idee/"));
    }

    @Override
    public void open() {
        publication.publishAll();
    }
}
