package nl.buurtstem.opendata.begroting;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/** The budget cube as one table: a row per year, taakveld and phase, with the taakveld's code and name. */
final class BegrotingTabel {

    private BegrotingTabel() {}

    static Tabel tabel() {
        return new Tabel(
                """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?jaar ?taakveld_code ?taakveld_naam ?fase ?bedrag ?taakveld ?observatie WHERE {
                  ?observatie qb:dataSet <{{BASE}}id/dataset/begroting> ; bs:begrotingsjaar ?jaar ;
                              bs:taakveld ?taakveld ; bs:begrotingsfase ?f ; bs:bedrag ?bedrag .
                  OPTIONAL { ?taakveld skos:notation ?taakveld_code }
                  OPTIONAL { ?taakveld skos:prefLabel ?taakveld_naam }
                  BIND(STRAFTER(STR(?f), "/id/begrotingsfase/") AS ?fase)
                } ORDER BY ?jaar ?taakveld_code ?fase""",
                List.of(
                        new Kolom("jaar", "Het begrotingsjaar.", "gYear", null, "{{BASE}}def/begrotingsjaar"),
                        Kolom.tekst("taakveld_code", "De code van het Iv3-taakveld, bijvoorbeeld 6.1."),
                        Kolom.tekst("taakveld_naam", "De naam van het Iv3-taakveld."),
                        Kolom.tekst("fase", "begroot (de vastgestelde begroting) of gerealiseerd (de jaarrekening)."),
                        new Kolom(
                                "bedrag",
                                "Het bedrag in euro; lasten positief, baten kunnen negatief zijn.",
                                "decimal",
                                "euro",
                                "{{BASE}}def/bedrag"),
                        Kolom.iri("taakveld", "De IRI van het taakveld."),
                        Kolom.iri("observatie", "De IRI van de waarneming in de Data Cube.")));
    }
}
