package nl.buurtstem.opendata.initiatief;

import java.util.List;
import nl.buurtstem.opendata.lod.Tabel;
import nl.buurtstem.opendata.lod.Tabel.Kolom;

/** The menukaart as one table in Dutch: a row per step in order, and per fund at a step one row more. */
final class MenukaartTabel {

    private MenukaartTabel() {}

    static Tabel tabel() {
        return new Tabel(
                """
                PREFIX schema: <https://schema.org/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX bs: <{{BASE}}def/>
                SELECT ?positie ?stap ?titel ?aanbod ?verwacht ?fonds ?tot_euro ?voorwaarden ?versie ?gewijzigd ?menukaart
                WHERE {
                  ?menukaart a bs:Menukaart ; schema:step ?s .
                  OPTIONAL { ?menukaart schema:version ?versie }
                  OPTIONAL { ?menukaart dct:modified ?gewijzigd }
                  ?s schema:position ?positie ; dct:identifier ?stap ; schema:name ?titel .
                  FILTER(LANG(?titel) = "nl")
                  OPTIONAL { ?s bs:aanbod ?aanbod FILTER(LANG(?aanbod) = "nl") }
                  OPTIONAL { ?s bs:verwacht ?verwacht FILTER(LANG(?verwacht) = "nl") }
                  OPTIONAL { ?s schema:funding ?f . ?f schema:name ?fonds ; schema:amount/schema:maxValue ?tot_euro .
                             OPTIONAL { ?f schema:description ?voorwaarden } }
                } ORDER BY ?positie ?f""",
                List.of(
                        new Kolom("positie", "Het volgnummer van de stap, vanaf 1.", "integer", null, null),
                        Kolom.tekst("stap", "De code van de stap, het laatste deel van haar IRI."),
                        Kolom.tekst("titel", "De stap in een paar woorden."),
                        new Kolom(
                                "aanbod", "Wat de gemeente bij deze stap biedt.", "string", null, "{{BASE}}def/aanbod"),
                        new Kolom(
                                "verwacht",
                                "Wat de gemeente bij deze stap van de bewoner verwacht.",
                                "string",
                                null,
                                "{{BASE}}def/verwacht"),
                        Kolom.tekst("fonds", "Een fonds waarbij u bij deze stap geld kunt aanvragen; leeg bij geen."),
                        new Kolom(
                                "tot_euro",
                                "Tot hoeveel euro u bij dit fonds kunt aanvragen.",
                                "decimal",
                                "euro",
                                "https://schema.org/maxValue"),
                        Kolom.tekst("voorwaarden", "Waarvoor het fonds geld geeft."),
                        new Kolom(
                                "versie",
                                "Het hoeveelste keer dat de gemeente de menukaart publiceerde.",
                                "integer",
                                null,
                                "https://schema.org/version"),
                        new Kolom(
                                "gewijzigd",
                                "Wanneer deze versie is gepubliceerd; leeg bij de voorbeeldgegevens.",
                                "dateTime",
                                null,
                                "http://purl.org/dc/terms/modified"),
                        Kolom.iri("menukaart", "De IRI van de menukaart.")));
    }
}
