package nl.buurtstem.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.HtmlView;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.sync.EventHandler;

/** The central node's features in the order they were added, and what they declare, gathered across all of them. */
final class Features {

    private final List<Feature> list = new ArrayList<>();

    /** Adds {@code feature} after those before it and returns it, so the next ones can build on it. */
    <F extends Feature> F add(F feature) {
        list.add(feature);
        return feature;
    }

    List<Feature> list() {
        return List.copyOf(list);
    }

    List<EventHandler> syncEvents() {
        return gather(Feature::syncEvents);
    }

    List<ContentSection> kioskContent() {
        return gather(Feature::kioskContent);
    }

    List<Inhoud<?>> inhoud() {
        return gather(Feature::inhoud);
    }

    /** Every dataset, with the graphs other features add to it. */
    List<DatasetSpec> datasets() {
        List<DatasetSpec.Bijdrage> bijdragen = gather(Feature::bijdragen);
        return gather(Feature::datasets).stream().map(d -> d.with(bijdragen)).toList();
    }

    Map<String, HtmlView> htmlViews() {
        Map<String, HtmlView> views = new HashMap<>();
        list.forEach(f -> views.putAll(f.htmlViews()));
        return views;
    }

    private <T> List<T> gather(Function<Feature, List<? extends T>> what) {
        List<T> all = new ArrayList<>();
        list.forEach(f -> all.addAll(what.apply(f)));
        return all;
    }
}
