package nl.buurtstem.opendata.lod;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * A Data Cube as one CSV table for spreadsheet users: a row per observation, a column per component of its
 * structure (dimensions, measures, attributes, in the structure's order), IRIs written out in full.
 */
final class CubeCsv {

    private CubeCsv() {}

    static void write(Model cube, String dataSetIri, OutputStream out) {
        Resource dataSet = cube.getResource(dataSetIri);
        List<Property> columns = columns(cube, dataSet);
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        header.add("observatie");
        columns.forEach(c -> header.add(c.getLocalName()));
        line(csv, header);
        Property inDataSet = cube.createProperty(Vocab.QB, "dataSet");
        for (Resource obs : cube.listSubjectsWithProperty(inDataSet, dataSet).toList()) {
            List<String> row = new ArrayList<>();
            row.add(obs.getURI());
            for (Property c : columns) {
                Statement s = obs.getProperty(c);
                row.add(s == null ? "" : text(s.getObject()));
            }
            line(csv, row);
        }
        csv.flush();
    }

    /** The columns {@link #write} writes, for the table's CSVW metadata: each the component it shows. */
    static List<Tabel.Kolom> kolommen(Model cube, String dataSetIri) {
        Resource dataSet = cube.getResource(dataSetIri);
        Property inDataSet = cube.createProperty(Vocab.QB, "dataSet");
        var observations = cube.listSubjectsWithProperty(inDataSet, dataSet).toList();
        List<Tabel.Kolom> kolommen = new ArrayList<>();
        kolommen.add(Tabel.Kolom.iri("observatie", "De waarneming (qb:Observation)."));
        for (Property c : columns(cube, dataSet)) {
            String type = "string";
            for (Resource obs : observations) {
                Statement s = obs.getProperty(c);
                if (s != null) {
                    type = s.getObject().isURIResource()
                            ? "anyURI"
                            : s.getObject().isLiteral() && s.getLiteral().getDatatypeURI() != null
                                    ? s.getLiteral().getDatatypeURI().replace("http://www.w3.org/2001/XMLSchema#", "")
                                    : "string";
                    break;
                }
            }
            kolommen.add(new Tabel.Kolom(c.getLocalName(), "Component " + c.getURI(), type, null, c.getURI()));
        }
        return kolommen;
    }

    private static List<Property> columns(Model cube, Resource dataSet) {
        Resource structure = dataSet.getPropertyResourceValue(cube.createProperty(Vocab.QB, "structure"));
        List<Property> columns = new ArrayList<>();
        if (structure == null) {
            return columns;
        }
        List<String[]> found = new ArrayList<>();
        List<String> kinds = List.of("dimension", "measure", "attribute");
        for (Statement s : structure
                .listProperties(cube.createProperty(Vocab.QB, "component"))
                .toList()) {
            Statement order = s.getResource().getProperty(cube.createProperty(Vocab.QB, "order"));
            for (String kind : kinds) {
                Resource p = s.getResource().getPropertyResourceValue(cube.createProperty(Vocab.QB, kind));
                if (p != null) {
                    found.add(new String[] {
                        Integer.toString(kinds.indexOf(kind)),
                        String.format("%09d", order == null ? 999_999_999 : order.getInt()),
                        p.getLocalName(),
                        p.getURI()
                    });
                }
            }
        }
        // Dimensions in the structure's order, then measures, then attributes: a stable, readable header.
        found.sort(Comparator.comparing((String[] f) -> f[0])
                .thenComparing(f -> f[1])
                .thenComparing(f -> f[2]));
        found.forEach(f -> columns.add(cube.createProperty(f[3])));
        return columns;
    }

    private static String text(RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : "";
    }

    private static void line(PrintWriter csv, List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (String cell : cells) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            b.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.print(b.append("\r\n"));
    }
}
