package nl.buurtstem.opendata.lod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A hash of a graph's content that is the same for the same triples however they were built: sorted N-Triples, with
 * each blank node named by what it says (its own triples) instead of by its random label. So a node republishing
 * what is already published can tell, from one short string in the database, that there is nothing to write.
 */
final class GraphFingerprint {

    private GraphFingerprint() {}

    static String of(Graph graph) {
        Map<Node, String> blankNames = blankNames(graph);
        List<String> lines = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, graph.size()));
        graph.find().forEachRemaining(t -> lines.add(line(t, blankNames)));
        lines.sort(null);
        MessageDigest sha = sha256();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each blank node's name: the hash of its outgoing triples, with blank objects as "_:". */
    private static Map<Node, String> blankNames(Graph graph) {
        Map<Node, List<String>> says = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank()) {
                says.computeIfAbsent(t.getSubject(), b -> new ArrayList<>())
                        .add(term(t.getPredicate(), Map.of()) + " " + term(t.getObject(), Map.of()));
            }
        });
        Map<Node, String> names = new HashMap<>();
        says.forEach((blank, lines) -> {
            lines.sort(null);
            MessageDigest sha = sha256();
            lines.forEach(l -> sha.update(l.getBytes(StandardCharsets.UTF_8)));
            names.put(blank, "_:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        });
        return names;
    }

    private static String line(Triple t, Map<Node, String> blankNames) {
        return term(t.getSubject(), blankNames) + " " + term(t.getPredicate(), blankNames) + " "
                + term(t.getObject(), blankNames);
    }

    private static String term(Node n, Map<Node, String> blankNames) {
        if (n.isBlank()) {
            return blankNames.getOrDefault(n, "_:");
        }
        return NodeFmtLib.strNT(n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
