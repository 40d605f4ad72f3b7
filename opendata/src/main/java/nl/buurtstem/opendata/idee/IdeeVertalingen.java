package nl.buurtstem.opendata.idee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.buurtstem.opendata.vertaling.Vertaalitem;

/**
 * What of the ideas residents read and so staff translate: the municipality's public answer ("Mijn inbreng", "Wat er
 * gebeurde") and, once published, the idea in the municipality's own words. Never the resident's own text, which
 * translators need not see. A saved translation of a published idea is published with it, with its language tag.
 */
final class IdeeVertalingen implements Vertaalitem.Bron {

    static final String SOORT = "idee/";

    private final IdeeStore store;
    private final IdeePublicaties publicaties;
    private final Consumer<String> herpubliceer;

    IdeeVertalingen(IdeeStore store, IdeePublicaties publicaties, Consumer<String> herpubliceer) {
        this.store = store;
        this.publicaties = publicaties;
        this.herpubliceer = herpubliceer;
    }

    /** Answered ideas, newest first, then published ideas with an answer that did not come through the inbox. */
    @Override
    public List<Vertaalitem> get() {
        Map<String, Vertaalitem> items = new LinkedHashMap<>();
        for (Idee idee : store.zoek(IdeeStore.Filter.ALLES)) {
            if (idee.antwoord() != null) {
                items.put(idee.openbaarId(), item(idee.openbaarId(), idee.antwoord()));
            }
        }
        for (GepubliceerdIdee idee : publicaties.all()) {
            if (idee.antwoord() != null) {
                items.putIfAbsent(idee.id(), item(idee.id(), idee.antwoord()));
            }
        }
        return new ArrayList<>(items.values());
    }

    @Override
    public void vertaald(String item) {
        if (item.startsWith(SOORT)) {
            String id = item.substring(SOORT.length());
            if (publicaties.find(id).isPresent()) {
                herpubliceer.accept(id);
            }
        }
    }

    private Vertaalitem item(String id, String antwoord) {
        Map<String, String> velden = new LinkedHashMap<>();
        String titel = IdeeWoorden.begin(antwoord);
        var gepubliceerd = publicaties.find(id);
        if (gepubliceerd.isPresent()) {
            velden.put("tekst", gepubliceerd.get().tekst());
            titel = IdeeWoorden.begin(gepubliceerd.get().tekst());
        }
        velden.put("antwoord", antwoord);
        return new Vertaalitem(SOORT + id, "Antwoord op een idee", titel, velden);
    }
}
