package nl.buurtstem.opendata.peiling;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/**
 * The poll results as one table: a row per period, poll, option, wijk, kiosk and channel, with the question and the
 * option's words beside the codes. A held-back count is an empty cell with its reason in the status column, never a
 * 0 that could be read as "nobody".
 */
final class PeilingTabel {

    private PeilingTabel() {}

    static Tabel tabel() {
        return new Tabel(
                """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?periode ?peiling_id ?vraag ?optie_code ?optie_naam ?wijkcode ?kiosk_id ?kanaal
                       ?aantal_antwoorden ?aantal_onderdrukt ?status ?peiling ?optie ?wijk ?kiosk ?observatie WHERE {
                  ?observatie qb:dataSet <{{BASE}}id/dataset/peilingresultaten> ; bs:peiling ?peiling ;
                      bs:antwoordoptie ?optie ; bs:wijk ?wijk ; bs:kiosk ?kiosk ; bs:kanaal ?k ; bs:periode ?periode .
                  OPTIONAL { ?observatie bs:aantalAntwoorden ?n }
                  OPTIONAL { ?observatie bs:aantalOnderdrukt ?o }
                  OPTIONAL { ?observatie sdmx-attribute:obsStatus ?held }
                  OPTIONAL { ?observatie sdmx-attribute:confStatus ?cs }
                  OPTIONAL { ?peiling dct:title ?vraag }
                  OPTIONAL { ?optie skos:notation ?optie_code }
                  OPTIONAL { ?optie skos:prefLabel ?optie_naam }
                  BIND(IF(BOUND(?held), ?leeg, ?n) AS ?aantal_antwoorden)
                  BIND(IF(BOUND(?held), ?leeg, ?o) AS ?aantal_onderdrukt)
                  BIND(IF(BOUND(?cs), STRAFTER(STR(?cs), "confStatus-"), "") AS ?status)
                  BIND(STRAFTER(STR(?peiling), "/id/peiling/") AS ?peiling_id)
                  BIND(STRAFTER(STR(?wijk), "/id/wijk/") AS ?wijkcode)
                  BIND(STRAFTER(STR(?kiosk), "/id/kiosk/") AS ?kiosk_id)
                  BIND(STRAFTER(STR(?k), "/id/kanaal/") AS ?kanaal)
                } ORDER BY ?periode ?peiling_id ?wijkcode ?kiosk_id ?kanaal ?optie_code""",
                List.of(
                        new Kolom(
                                "periode",
                                "Het begin van de publicatieperiode waarin de centrale de antwoorden ontving.",
                                "dateTime",
                                null,
                                "{{BASE}}def/periode"),
                        Kolom.tekst("peiling_id", "De code van de peiling, het laatste deel van haar IRI."),
                        Kolom.tekst("vraag", "De vraag van de peiling."),
                        Kolom.tekst("optie_code", "Het nummer van het antwoord (1 is het eerste)."),
                        Kolom.tekst("optie_naam", "Het antwoord in woorden."),
                        Kolom.tekst("wijkcode", "De CBS-wijkcode van de wijk."),
                        Kolom.tekst("kiosk_id", "De kiosk, het laatste deel van zijn IRI."),
                        Kolom.tekst("kanaal", "scherm of knop: hoe het antwoord gegeven werd."),
                        new Kolom(
                                "aantal_antwoorden",
                                "Hoeveel bewoners dit antwoord gaven; leeg als het is onderdrukt (zie status).",
                                "integer",
                                "antwoorden",
                                "{{BASE}}def/aantalAntwoorden"),
                        new Kolom(
                                "aantal_onderdrukt",
                                "Knopdrukken die niet meetelden (te snel herhaald); leeg als onderdrukt.",
                                "integer",
                                "knopdrukken",
                                "{{BASE}}def/aantalOnderdrukt"),
                        Kolom.tekst(
                                "status",
                                "Leeg als de aantallen getoond worden; C als ze onder de drempel liggen, D als ze "
                                        + "weggelaten zijn omdat een som anders een klein aantal zou verraden "
                                        + "(sdmx-attribute:confStatus)."),
                        Kolom.iri("peiling", "De IRI van de peiling."),
                        Kolom.iri("optie", "De IRI van het antwoord."),
                        Kolom.iri("wijk", "De IRI van de wijk."),
                        Kolom.iri("kiosk", "De IRI van de kiosk."),
                        Kolom.iri("observatie", "De IRI van de waarneming in de Data Cube.")));
    }
}
