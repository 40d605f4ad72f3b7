package nl.buurtstem.opendata.lod;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A dataset as one table for spreadsheet users: a SPARQL SELECT over the dataset whose variables are the columns,
 * with codes and names beside the IRIs; written as CSV and described by CSVW metadata (W3C "Metadata Vocabulary for
 * Tabular Data"), which names each column, its type, its unit and the property it stands for.
 *
 * @param query   a SELECT over the dataset, {@code {{BASE}}} standing for the node's base URI
 * @param kolommen its columns in order, one per variable of the query
 */
public record Tabel(String query, List<Kolom> kolommen) {

    /**
     * One column.
     *
     * @param naam         the variable and the CSV header
     * @param omschrijving what is in it, in Dutch
     * @param datatype     a CSVW/XSD datatype name: string, anyURI, integer, decimal, date, dateTime, gYear
     * @param eenheid      the unit of its figures (e.g. "euro"), or null
     * @param eigenschap   the property it gives the value of (full IRI, {@code {{BASE}}} allowed), or null
     */
    public record Kolom(String naam, String omschrijving, String datatype, String eenheid, String eigenschap) {

        public static Kolom tekst(String naam, String omschrijving) {
            return new Kolom(naam, omschrijving, "string", null, null);
        }

        public static Kolom iri(String naam, String omschrijving) {
            return new Kolom(naam, omschrijving, "anyURI", null, null);
        }
    }

    public Tabel {
        kolommen = List.copyOf(kolommen);
    }

    /** Writes the table of {@code content} as CSV (RFC 4180, UTF-8, header row); an empty cell is a missing value. */
    public void writeCsv(Model content, Iris iris, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(csv, kolommen.stream().map(Kolom::naam).toList());
        try (var qe = QueryExecutionFactory.create(query.replace("{{BASE}}", iris.base()), content)) {
            var rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                List<String> cells = new ArrayList<>();
                for (Kolom k : kolommen) {
                    cells.add(text(row.get(k.naam())));
                }
                line(csv, cells);
            }
        }
        csv.flush();
    }

    /** The CSVW metadata of the table at {@code csvUrl}: its title, licence and every column. */
    public static ObjectNode csvw(
            ObjectMapper json, String csvUrl, String titel, String licentie, Iris iris, List<Kolom> kolommen) {
        ObjectNode meta = json.createObjectNode();
        ArrayNode context = meta.putArray("@context");
        context.add("http://www.w3.org/ns/csvw");
        context.addObject().put("@language", "nl");
        meta.put("url", csvUrl);
        meta.put("dc:title", titel);
        meta.putObject("dc:license").put("@id", licentie);
        meta.put("dc:publisher", iris.base());
        ObjectNode dialect = meta.putObject("dialect");
        dialect.put("header", true).put("encoding", "utf-8").put("delimiter", ",");
        ObjectNode schema = meta.putObject("tableSchema");
        ArrayNode columns = schema.putArray("columns");
        for (Kolom k : kolommen) {
            ObjectNode c = columns.addObject();
            c.put("name", k.naam()).put("titles", k.naam()).put("dc:description", k.omschrijving());
            c.put("datatype", k.datatype()).put("null", "");
            if (k.eenheid() != null) {
                c.put("schema:unitText", k.eenheid());
            }
            if (k.eigenschap() != null) {
                c.put("propertyUrl", k.eigenschap().replace("{{BASE}}", iris.base()));
            }
            if (k.datatype().equals("anyURI")) {
                c.put("valueUrl", "{+" + k.naam() + "}");
            }
        }
        return meta;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : "";
    }

    static void line(PrintWriter csv, List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (String cell : cells) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            b.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.print(b.append("\r\n"));
    }
}
