package nl.buurtstem.opendata.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The junk the fuzz suite sends: hostile strings for paths and query parameters, and bodies that are malformed,
 * null, of the wrong type, oversized, or a valid example with one field spoilt. All drawn from a seeded random, so a
 * run can be repeated exactly.
 */
final class Rommel {

    static final int OVERSIZED = 5 * 1024 * 1024;

    /** What a path segment or a query value may be: wrong types, traversal, injection, encodings, extremes. */
    static final List<String> WAARDEN = List.of(
            "",
            " ",
            "null",
            "undefined",
            "0",
            "-1",
            "1.5",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "true",
            "[]",
            "{}",
            "..",
            "../../../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "%",
            "a%2Fb",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR '1'='1",
            "\"; DROP TABLE kiosk; --",
            "${jndi:ldap://127.0.0.1:1/a}",
            "{{7*7}}",
            "😀🏳️‍🌈",
            "é\u202eegnahc",
            "\u0000\u0001\u001f",
            "WK019311",
            "demo",
            "a".repeat(300),
            "b".repeat(5000));

    /** Field names our APIs use: a made-up object with these gets past "unknown field" into the handlers. */
    static final List<String> VELDEN = List.of(
            "id",
            "code",
            "naam",
            "wijk",
            "titel",
            "type",
            "rol",
            "gebruikersnaam",
            "wachtwoord",
            "reden",
            "enrollmentToken",
            "startAfter",
            "events",
            "seq",
            "eventId",
            "sentAt",
            "data",
            "peiling",
            "optie",
            "stemcode",
            "keuzes",
            "tekst",
            "taal",
            "openingstijden",
            "buurthuis",
            "scherm",
            "rotatie",
            "wifi",
            "wifiWachtwoord",
            "sshSleutel",
            "software",
            "uptimeSeconds",
            "outbox",
            "results",
            "bericht",
            "maandag");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Rommel() {}

    static String waarde(Random r) {
        return WAARDEN.get(r.nextInt(WAARDEN.size()));
    }

    /** A body to send: its content type (null: none) and bytes. */
    record Body(String contentType, byte[] bytes, String beschrijving) {
        boolean oversized() {
            return bytes.length >= OVERSIZED;
        }
    }

    static Body body(Random r, List<String> voorbeelden, boolean mayBeOversized) {
        int soort = r.nextInt(14);
        return switch (soort) {
            case 0 -> json("null");
            case 1 -> new Body(r.nextBoolean() ? "application/json" : null, new byte[0], "empty");
            case 2 ->
                json(List.of("[]", "{}", "\"tekst\"", "12", "true", "-1e999", "[null]", "[[]]")
                        .get(r.nextInt(8)));
            case 3 ->
                json(List.of("{\"a\":", "{\"a\" 1}", "{{{", "[1,2", "{\"a\":\"\\uZZZZ\"}", "\u0000")
                        .get(r.nextInt(6)));
            case 4 -> json("[".repeat(3000) + "]".repeat(3000));
            case 5, 6 -> json(verzonnen(r).toString());
            case 7, 8, 9 ->
                voorbeelden.isEmpty()
                        ? json(verzonnen(r).toString())
                        : json(bedorven(r, voorbeelden.get(r.nextInt(voorbeelden.size()))));
            case 10 -> {
                byte[] bytes = new byte[256];
                r.nextBytes(bytes);
                bytes[0] = (byte) 0xC3;
                bytes[1] = (byte) 0x28;
                yield new Body(r.nextBoolean() ? "application/json" : "application/octet-stream", bytes, "binary");
            }
            case 11 ->
                new Body(
                        List.of(
                                        "text/plain",
                                        "application/x-www-form-urlencoded",
                                        "multipart/form-data; boundary=x",
                                        "@@@")
                                .get(r.nextInt(4)),
                        "a=1&b=%ZZ&c=".getBytes(StandardCharsets.UTF_8),
                        "form");
            case 12 -> json("{\"" + VELDEN.get(r.nextInt(VELDEN.size())) + "\":\"" + "x".repeat(200_000) + "\"}");
            default ->
                mayBeOversized
                        ? new Body(
                                "application/json",
                                ("\"" + "z".repeat(OVERSIZED) + "\"").getBytes(StandardCharsets.UTF_8),
                                "oversized")
                        : json("{}");
        };
    }

    private static Body json(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
        return new Body("application/json", text.getBytes(StandardCharsets.UTF_8), shown);
    }

    private static ObjectNode verzonnen(Random r) {
        ObjectNode o = NODES.objectNode();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            o.set(VELDEN.get(r.nextInt(VELDEN.size())), vijandig(r));
        }
        return o;
    }

    /** A JSON value of a wrong type, out of range, or hostile. */
    static JsonNode vijandig(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(Long.MAX_VALUE);
            case 3 -> NODES.numberNode(1.5e308);
            case 4 -> NODES.textNode(waarde(r));
            case 5 -> NODES.arrayNode().add(NODES.nullNode());
            case 6 -> NODES.objectNode().put("x", waarde(r));
            case 7 -> NODES.booleanNode(true);
            case 8 -> NODES.textNode("2026-13-45T99:99:99");
            case 9 -> NODES.textNode("9999-12-31T23:59:59Z");
            case 10 -> NODES.arrayNode();
            default -> NODES.numberNode(0);
        };
    }

    /** A valid example with one value somewhere inside replaced by a hostile one, or removed. */
    static String bedorven(Random r, String voorbeeld) {
        try {
            JsonNode root = JSON.readTree(voorbeeld);
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(r.nextInt(containers.size()));
            if (target instanceof ObjectNode o && !o.isEmpty()) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                if (r.nextInt(4) == 0) {
                    o.remove(name);
                } else {
                    o.set(name, vijandig(r));
                }
            } else if (target instanceof ArrayNode a && !a.isEmpty()) {
                a.set(r.nextInt(a.size()), vijandig(r));
            } else {
                return vijandig(r).toString();
            }
            return root.toString();
        } catch (Exception e) {
            throw new IllegalStateException("a fuzz example is not JSON: " + voorbeeld, e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }
}
