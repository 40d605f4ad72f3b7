package nl.buurtstem.opendata.evaluatie;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/** Evaluations as one table: a row per measured indicator (or one row for an evaluation without indicators). */
final class EvaluatieTabel {

    private EvaluatieTabel() {}

    static Tabel tabel() {
        String figures = " In de eenheid van de kolom eenheid.";
        return new Tabel(
                """
                PREFIX schema: <https://schema.org/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?evaluatie_id ?titel ?datum ?evalueert ?indicator ?eenheid ?nulmeting ?streefwaarde ?gemeten
                       ?uitkomst ?evaluatie WHERE {
                  ?evaluatie a bs:Evaluatie ; dct:identifier ?evaluatie_id ; dct:title ?titel ; bs:evalueert ?evalueert .
                  OPTIONAL { ?evaluatie dct:date ?datum }
                  OPTIONAL { ?evaluatie bs:uitkomst ?uitkomst }
                  OPTIONAL { ?evaluatie bs:indicator ?i . ?i schema:name ?indicator .
                    OPTIONAL { ?i schema:unitText ?eenheid } OPTIONAL { ?i bs:nulmeting ?nulmeting }
                    OPTIONAL { ?i bs:streefwaarde ?streefwaarde } OPTIONAL { ?i bs:gemeten ?gemeten } }
                } ORDER BY ?evaluatie_id ?indicator""",
                List.of(
                        Kolom.tekst("evaluatie_id", "De code van de evaluatie, het laatste deel van haar IRI."),
                        Kolom.tekst("titel", "De titel van de evaluatie."),
                        new Kolom("datum", "De datum van de evaluatie.", "date", null, null),
                        Kolom.iri("evalueert", "De IRI van het plan of initiatief dat geëvalueerd is."),
                        Kolom.tekst("indicator", "Wat er gemeten is."),
                        Kolom.tekst("eenheid", "De eenheid van nulmeting, streefwaarde en gemeten."),
                        new Kolom("nulmeting", "De waarde bij het begin." + figures, "decimal", null, null),
                        new Kolom("streefwaarde", "Waar naar gestreefd werd." + figures, "decimal", null, null),
                        new Kolom("gemeten", "Wat er gemeten is." + figures, "decimal", null, null),
                        Kolom.tekst("uitkomst", "Wat eruit kwam, in gewone woorden."),
                        Kolom.iri("evaluatie", "De IRI van de evaluatie.")));
    }
}
