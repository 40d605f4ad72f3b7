package nl.buurtstem.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.HtmlView;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.sync.EventHandler;

/**
 * The central node's features in the order they were added, and what they declare, gathered across all of them. What is
 * gathered is what was added until then (the sync feature takes the kiosk content as it is built), so a feature added
 * later that declares something already gathered is refused at start instead of being silently left out.
 */
final class Features {

    private final List<Feature> list = new ArrayList<>();
    private final Map<String, Function<Feature, List<?>>> gathered = new LinkedHashMap<>();

    /** Adds {@code feature} after those before it and returns it, so the next ones can build on it. */
    <F extends Feature> F add(F feature) {
        gathered.forEach((what, declared) -> {
            if (!declared.apply(feature).isEmpty()) {
                throw new IllegalStateException(feature.getClass().getSimpleName() + " declares " + what
                        + ", which the features added before it have already gathered: add it before them");
            }
        });
        list.add(feature);
        return feature;
    }

    List<Feature> list() {
        return List.copyOf(list);
    }

    List<EventHandler> syncEvents() {
        return gather("sync events", Feature::syncEvents);
    }

    List<ContentSection> kioskContent() {
        return gather("kiosk content", Feature::kioskContent);
    }

    List<Inhoud<?>> inhoud() {
        return gather("staff content kinds", Feature::inhoud);
    }

    /** Every dataset, with the graphs other features add to it. */
    List<DatasetSpec> datasets() {
        List<DatasetSpec.Bijdrage> bijdragen = gather("dataset contributions", Feature::bijdragen);
        return gather("datasets", Feature::datasets).stream()
                .map(d -> d.with(bijdragen))
                .toList();
    }

    Map<String, HtmlView> htmlViews() {
        Map<String, HtmlView> views = new HashMap<>();
        list.forEach(f -> views.putAll(f.htmlViews()));
        return views;
    }

    private <T> List<T> gather(String what, Function<Feature, List<? extends T>> declared) {
        gathered.put(what, declared::apply);
        List<T> all = new ArrayList<>();
        list.forEach(f -> all.addAll(declared.apply(f)));
        return all;
    }
}
