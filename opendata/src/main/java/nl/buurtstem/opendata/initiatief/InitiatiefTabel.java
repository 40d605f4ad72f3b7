package nl.buurtstem.opendata.initiatief;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/** Initiatives and published ideas as one table: a row each, with its wijk and (for an idea) theme and month. */
final class InitiatiefTabel {

    private InitiatiefTabel() {}

    static Tabel tabel() {
        return new Tabel(
                """
                PREFIX schema: <https://schema.org/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?soort ?id ?titel ?tekst ?wijkcode ?thema ?maand ?ding ?wijk WHERE {
                  { ?ding a bs:Initiatief ; dct:identifier ?id ; dct:title ?titel . FILTER(LANG(?titel) = "nl")
                    OPTIONAL { ?ding schema:description ?tekst FILTER(LANG(?tekst) = "nl") }
                    BIND("initiatief" AS ?soort) }
                  UNION
                  { ?ding a bs:Idee ; schema:text ?tekst . OPTIONAL { ?ding dct:subject ?thema }
                    OPTIONAL { ?ding dct:created ?maand }
                    BIND("idee" AS ?soort) BIND(STRAFTER(STR(?ding), "/id/idee/") AS ?id) }
                  OPTIONAL { ?ding dct:spatial ?wijk BIND(STRAFTER(STR(?wijk), "/id/wijk/") AS ?wijkcode) }
                } ORDER BY ?soort ?id""",
                List.of(
                        Kolom.tekst("soort", "initiatief (van bewoners) of idee (door de gemeente opgeschoond)."),
                        Kolom.tekst("id", "De code, het laatste deel van de IRI."),
                        Kolom.tekst("titel", "De titel van het initiatief."),
                        Kolom.tekst("tekst", "Het verhaal van het initiatief, of de opgeschoonde tekst van het idee."),
                        Kolom.tekst("wijkcode", "De CBS-wijkcode van de wijk."),
                        Kolom.tekst("thema", "Het thema van het idee."),
                        new Kolom("maand", "De maand waarin het idee binnenkwam.", "gYearMonth", null, null),
                        Kolom.iri("ding", "De IRI van het initiatief of idee."),
                        Kolom.iri("wijk", "De IRI van de wijk.")));
    }
}
