package nl.buurtstem.opendata.catalogus;

import java.util.List;
import nl.buurtstem.opendata.lod.DatasetSpec;

/** The datasets this node publishes, as the catalogue lists them and the dumps split them. */
public final class Datasets {

    private Datasets() {}

    /** Each dataset is the union of some named graphs. */
    public static List<DatasetSpec> all() {
        return List.of(
                new DatasetSpec(
                        "peilingresultaten",
                        "Uitslagen van peilingen",
                        "Hoeveel bewoners welk antwoord gaven op de peilingen in de buurthuizen, per wijk, kiosk, kanaal "
                                + "(scherm of knop) en publicatieperiode, als W3C Data Cube. Aantallen onder de drempel "
                                + "zijn onderdrukt.",
                        List.of("peiling", "participatie", "wijk"),
                        List.of("peiling/", "def/peilingresultaten", "kiosk/"),
                        true),
                new DatasetSpec(
                        "plannen",
                        "Plannen per wijk",
                        "De plannen van de gemeente per wijk, met hun fasen en de participatiemomenten (wanneer, waar, hoe).",
                        List.of("plan", "participatie", "wijk"),
                        List.of("plan/"),
                        false),
                new DatasetSpec(
                        "initiatieven",
                        "Bewonersinitiatieven en ideeën",
                        "Initiatieven van bewoners in hun wijk: het verhaal en hoe u meedoet via de gemeente; en ideeën van "
                                + "bewoners, alleen in een door de gemeente opgeschoonde tekst.",
                        List.of("initiatief", "bewoners", "wijk"),
                        List.of("initiatief/", "idee/"),
                        false),
                new DatasetSpec(
                        "menukaart",
                        "Menukaart: van idee tot uitvoering",
                        "De stappen van een idee van bewoners tot het uitvoeren ervan, met fondsen en bedragen.",
                        List.of("initiatief", "bewoners", "subsidie", "participatie"),
                        List.of("menukaart/"),
                        false),
                new DatasetSpec(
                        "begroting",
                        "Begroting en wijkbudgetten",
                        "Begroting en realisatie per Iv3-taakveld per jaar als W3C Data Cube, wijkbudgetten en subsidies.",
                        List.of("begroting", "Iv3", "taakveld", "wijkbudget"),
                        List.of("begroting/", "taakveld/", "subsidie/", "wijkbudget/"),
                        true),
                new DatasetSpec(
                        "evaluaties",
                        "Evaluaties",
                        "Evaluaties van plannen en initiatieven: doelen, indicatoren, uitkomsten en lessen.",
                        List.of("evaluatie", "resultaat"),
                        List.of("evaluatie/"),
                        false),
                new DatasetSpec(
                        "wijken",
                        "Wijken",
                        "De wijken van de gemeente met hun CBS-wijkcode en het jaar van de CBS Wijk- en Buurtkaart.",
                        List.of("wijk", "CBS"),
                        List.of("wijk/"),
                        false));
    }
}
