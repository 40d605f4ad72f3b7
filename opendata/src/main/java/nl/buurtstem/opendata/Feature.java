package nl.buurtstem.opendata;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.HtmlView;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.sync.EventHandler;

/**
 * One room of the central node (peiling, plan, wijkbudget, hartslag ...), declaring in one place everything it
 * brings. {@link CentralNode} reads a list of features; a feature only declares, the node applies:
 *
 * <ol>
 *   <li>constructed, without touching the database;
 *   <li>its {@link #schema()} is applied, with every other feature's, in the order of the list;
 *   <li>{@link #open()} makes it ready to serve: e.g. publishes all it has;
 *   <li>its {@link #routes(JavalinConfig) routes} are installed and the node starts serving;
 *   <li>{@link #start()} starts its background work; {@link #close()} stops it.
 * </ol>
 */
public interface Feature extends AutoCloseable {

    /** Its tables, as ordered steps applied once each. */
    default List<Migrations.Steps> schema() {
        return List.of();
    }

    /** The kiosk event types it takes in (the sync room stores, orders and acknowledges them). */
    default List<EventHandler> syncEvents() {
        return List.of();
    }

    /** What it adds to the content a kiosk downloads. */
    default List<ContentSection> kioskContent() {
        return List.of();
    }

    /** The kinds of content staff draft, publish and withdraw through it. */
    default List<Inhoud<?>> inhoud() {
        return List.of();
    }

    /** The datasets it publishes (the catalogue lists them; the dumps split the store by them). */
    default List<DatasetSpec> datasets() {
        return List.of();
    }

    /** Named graphs it adds to a dataset another feature publishes. */
    default List<DatasetSpec.Bijdrage> bijdragen() {
        return List.of();
    }

    /** Its own page for things of a type (the first segment after /id/), instead of the generic one. */
    default Map<String, HtmlView> htmlViews() {
        return Map.of();
    }

    /** Makes it ready to serve, once the schema is in place: e.g. publishes all it has, so the open data is current. */
    default void open() {}

    /** Its HTTP routes. */
    default void routes(JavalinConfig cfg) {}

    /** Starts its background work, after the node serves. */
    default void start() {}

    /** Stops its background work and finishes what is pending. */
    @Override
    default void close() {}
}
