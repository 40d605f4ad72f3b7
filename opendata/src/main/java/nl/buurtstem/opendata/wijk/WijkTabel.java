package nl.buurtstem.opendata.wijk;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/** The wijken as one table: code, name, the year of the code, the municipality, and the IRIs here and at CBS. */
final class WijkTabel {

    private WijkTabel() {}

    static Tabel tabel() {
        return new Tabel(
                """
                PREFIX schema: <https://schema.org/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?wijkcode ?naam ?cbs_jaar ?gemeentecode ?wijk ?cbs_wijk WHERE {
                  ?wijk a bs:Wijk ; skos:notation ?wijkcode ; schema:name ?naam .
                  OPTIONAL { ?wijk bs:cbsJaar ?cbs_jaar }
                  OPTIONAL { ?wijk schema:containedInPlace/dct:identifier ?gemeentecode }
                  OPTIONAL { ?wijk skos:exactMatch ?cbs_wijk }
                } ORDER BY ?wijkcode""",
                List.of(
                        Kolom.tekst("wijkcode", "De CBS-wijkcode, bijvoorbeeld WK019311."),
                        Kolom.tekst("naam", "De naam van de wijk."),
                        new Kolom(
                                "cbs_jaar",
                                "Het jaar van de CBS Wijk- en Buurtkaart waar de code uit komt.",
                                "gYear",
                                null,
                                "{{BASE}}def/cbsJaar"),
                        Kolom.tekst("gemeentecode", "De CBS-gemeentecode, bijvoorbeeld GM0193."),
                        Kolom.iri("wijk", "De IRI van de wijk."),
                        Kolom.iri("cbs_wijk", "De IRI van dezelfde wijk in de linked data van CBS, voor dat jaar.")));
    }
}
