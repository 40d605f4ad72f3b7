package nl.buurtstem.opendata.plan;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/** The plans as one table: a row per phase and per participation moment, with the plan's code and title. */
final class PlanTabel {

    private PlanTabel() {}

    static Tabel tabel() {
        return new Tabel(
                """
                PREFIX schema: <https://schema.org/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?plan_id ?plan_titel ?wijkcode ?soort ?naam ?van ?tot ?wanneer ?plek ?straat ?plaats ?hoe
                       ?plan ?wijk ?onderdeel WHERE {
                  ?plan a bs:Plan ; dct:identifier ?plan_id ; dct:title ?plan_titel . FILTER(LANG(?plan_titel) = "nl")
                  OPTIONAL { ?plan dct:spatial ?wijk BIND(STRAFTER(STR(?wijk), "/id/wijk/") AS ?wijkcode) }
                  OPTIONAL {
                    { ?plan dct:hasPart ?onderdeel . ?onderdeel a bs:Planfase . BIND("fase" AS ?soort)
                      OPTIONAL { ?onderdeel schema:startDate ?van } OPTIONAL { ?onderdeel schema:endDate ?tot } }
                    UNION
                    { ?plan schema:subjectOf ?onderdeel . ?onderdeel a bs:Participatiemoment .
                      BIND("participatiemoment" AS ?soort) OPTIONAL { ?onderdeel schema:startDate ?wanneer } }
                    ?onderdeel schema:name ?naam .
                    OPTIONAL { ?onderdeel schema:location ?p . ?p schema:name ?plek .
                      OPTIONAL { ?p schema:address/schema:streetAddress ?straat }
                      OPTIONAL { ?p schema:address/schema:addressLocality ?plaats } }
                    OPTIONAL { ?onderdeel schema:description ?hoe }
                  }
                } ORDER BY ?plan_id DESC(?soort) ?van ?wanneer""",
                List.of(
                        Kolom.tekst("plan_id", "De code van het plan, het laatste deel van zijn IRI."),
                        Kolom.tekst("plan_titel", "De titel van het plan."),
                        Kolom.tekst("wijkcode", "De CBS-wijkcode van de wijk van het plan, bijvoorbeeld WK019311."),
                        Kolom.tekst("soort", "fase of participatiemoment: wat deze rij beschrijft."),
                        Kolom.tekst("naam", "De naam van de fase of van het participatiemoment."),
                        new Kolom("van", "De eerste dag van de fase.", "date", null, null),
                        new Kolom("tot", "De laatste dag van de fase.", "date", null, null),
                        new Kolom(
                                "wanneer",
                                "Het begin van het participatiemoment, Nederlandse tijd met het verschil met UTC.",
                                "dateTime",
                                null,
                                "https://schema.org/startDate"),
                        Kolom.tekst("plek", "Waar het participatiemoment is, bijvoorbeeld een buurthuis."),
                        Kolom.tekst("straat", "Straat en huisnummer van die plek."),
                        Kolom.tekst("plaats", "De woonplaats van die plek."),
                        Kolom.tekst("hoe", "Hoe bewoners meedoen."),
                        Kolom.iri("plan", "De IRI van het plan."),
                        Kolom.iri("wijk", "De IRI van de wijk."),
                        Kolom.iri("onderdeel", "De IRI van de fase of het participatiemoment.")));
    }
}
