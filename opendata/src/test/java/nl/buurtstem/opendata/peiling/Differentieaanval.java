package nl.buurtstem.opendata.peiling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * What someone who knows only the published RDF can work out about the held-back figures of a poll. The attacker
 * knows the threshold, takes a figure held back as small (confStatus C) to have fewer answers than it and one held
 * back as secondary (D) to have any number, and that a line's cells add up to its total. For every held-back figure it
 * enumerates which values are still possible (a subset-sum over the other held-back cells of the line, not the
 * interval rule the node itself uses), and reports those that have only one. A poll's standings (peilingstand,
 * peilingstandperwijk) sum totals over periods and wijken: one that is more than the shown totals beneath it gives
 * back (the sum of) the held-back ones, so it is reported as well.
 */
final class Differentieaanval {

    private static final String QB = "http://purl.org/linked-data/cube#";
    private static final String CONF = "http://purl.org/linked-data/sdmx/2009/attribute#confStatus";
    private static final String CODE = "http://purl.org/linked-data/sdmx/2009/code#confStatus-";

    private final String def;
    private final int drempel;

    Differentieaanval(String baseUri, int drempel) {
        this.def = baseUri + "def/";
        this.drempel = drempel;
    }

    /** The held-back figures (observation IRIs) whose value follows from what is published. */
    List<String> teruggerekend(Model published) {
        Property dataSet = published.createProperty(QB, "dataSet");
        Map<String, Resource> totalen = new LinkedHashMap<>();
        Map<String, List<Resource>> cellen = new LinkedHashMap<>();
        List<Resource> standen = new ArrayList<>();
        for (Resource obs : published
                .listSubjectsWithProperty(RDF.type, published.createResource(QB + "Observation"))
                .toList()) {
            String ds = obs.getPropertyResourceValue(dataSet).getURI();
            if (ds.endsWith("/peilingtotalen")) {
                totalen.put(lijn(obs), obs);
            } else if (ds.endsWith("/peilingresultaten")) {
                cellen.computeIfAbsent(lijn(obs), k -> new ArrayList<>()).add(obs);
            } else if (ds.endsWith("/peilingstand") || ds.endsWith("/peilingstandperwijk")) {
                standen.add(obs);
            }
        }
        List<String> gevonden = new ArrayList<>();
        for (Resource stand : standen) {
            long getoond = totalen.values().stream()
                    .filter(t -> !verborgen(t) && onder(t, stand))
                    .mapToLong(this::aantal)
                    .sum();
            if (aantal(stand) > getoond) {
                gevonden.add(stand.getURI());
            }
        }
        cellen.forEach((lijn, inLijn) -> {
            Resource totaal = totalen.get(lijn);
            if (totaal == null) {
                throw new AssertionError("cells without a published total: " + lijn);
            }
            List<Resource> verborgen = inLijn.stream().filter(this::verborgen).toList();
            long getoond = inLijn.stream()
                    .filter(o -> !verborgen(o))
                    .mapToLong(this::aantal)
                    .sum();
            int max = (int) Math.min(10_000, getoond + (long) verborgen.size() * 40);
            BitSet totaalKan = waarden(totaal, max);
            if (!verborgen(totaal)) {
                totaalKan = new BitSet();
                totaalKan.set((int) aantal(totaal));
            }
            for (Resource cel : verborgen) {
                BitSet anderen = som(verborgen.stream().filter(o -> o != cel).toList(), max);
                BitSet kan = new BitSet();
                BitSet eigen = waarden(cel, max);
                for (int v = eigen.nextSetBit(0); v >= 0; v = eigen.nextSetBit(v + 1)) {
                    for (int t = totaalKan.nextSetBit(0); t >= 0; t = totaalKan.nextSetBit(t + 1)) {
                        long rest = t - getoond - v;
                        if (rest >= 0 && rest <= max && anderen.get((int) rest)) {
                            kan.set(v);
                        }
                    }
                }
                if (kan.cardinality() <= 1) {
                    gevonden.add(cel.getURI());
                }
            }
            if (verborgen(totaal)) {
                BitSet kan = new BitSet();
                BitSet sommen = som(verborgen, max);
                for (int s = sommen.nextSetBit(0); s >= 0; s = sommen.nextSetBit(s + 1)) {
                    if (totaalKan.get((int) (s + getoond))) {
                        kan.set((int) (s + getoond));
                    }
                }
                if (kan.cardinality() <= 1) {
                    gevonden.add(totaal.getURI());
                }
            }
        });
        return gevonden;
    }

    /** Whether the period total {@code totaal} adds up into {@code stand}: the same poll and option (and wijk). */
    private boolean onder(Resource totaal, Resource stand) {
        for (String dim : List.of("peiling", "antwoordoptie", "wijk")) {
            Property p = stand.getModel().createProperty(def + dim);
            if (stand.hasProperty(p) && !stand.getPropertyResourceValue(p).equals(totaal.getPropertyResourceValue(p))) {
                return false;
            }
        }
        return true;
    }

    /** The sums the given held-back cells can make together. */
    private BitSet som(List<Resource> cellen, int max) {
        BitSet sommen = new BitSet();
        sommen.set(0);
        for (Resource cel : cellen) {
            BitSet eigen = waarden(cel, max);
            BitSet volgende = new BitSet();
            for (int s = sommen.nextSetBit(0); s >= 0; s = sommen.nextSetBit(s + 1)) {
                for (int v = eigen.nextSetBit(0); v >= 0 && s + v <= max; v = eigen.nextSetBit(v + 1)) {
                    volgende.set(s + v);
                }
            }
            sommen = volgende;
        }
        return sommen;
    }

    /** The values a held-back figure can have, by its confidentiality status. */
    private BitSet waarden(Resource obs, int max) {
        BitSet kan = new BitSet();
        Resource status = obs.getPropertyResourceValue(obs.getModel().createProperty(CONF));
        boolean klein = status != null && status.getURI().equals(CODE + "C");
        kan.set(0, (klein ? drempel - 1 : max) + 1);
        return kan;
    }

    private boolean verborgen(Resource obs) {
        return obs.hasProperty(obs.getModel().createProperty(CONF));
    }

    private long aantal(Resource obs) {
        return obs.getProperty(obs.getModel().createProperty(def + "aantalAntwoorden"))
                .getLong();
    }

    private String lijn(Resource obs) {
        StringBuilder key = new StringBuilder();
        for (String dim : List.of("peiling", "antwoordoptie", "wijk", "periode")) {
            RDFNode value =
                    obs.getProperty(obs.getModel().createProperty(def + dim)).getObject();
            key.append(
                            value.isLiteral()
                                    ? value.asLiteral().getLexicalForm()
                                    : value.asResource().getURI())
                    .append(' ');
        }
        return key.toString();
    }
}
