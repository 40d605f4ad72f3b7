package nl.buurtstem.opendata.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.buurtstem.opendata.begroting.BegrotingStore;
import nl.buurtstem.opendata.begroting.Begrotingsregel;
import nl.buurtstem.opendata.begroting.Subsidie;
import nl.buurtstem.opendata.begroting.SubsidieStore;
import nl.buurtstem.opendata.evaluatie.Evaluatie;
import nl.buurtstem.opendata.evaluatie.EvaluatieStore;
import nl.buurtstem.opendata.idee.GepubliceerdIdee;
import nl.buurtstem.opendata.idee.IdeePublicaties;

/**
 * Demonstration content for the open data that staff would otherwise enter: budget figures per taakveld, a grant from
 * the wijkbudget to an initiative, its evaluation and a published idea. So every dataset, and every example query,
 * has something to show on a fresh demo. Invented figures, marked as demo where the data has room for it.
 */
public final class DemoOpenData {

    private DemoOpenData() {}

    /** Seeds only when there are no budget figures yet, so a second run keeps what the first one did. */
    public static void seedIfEmpty(
            BegrotingStore begroting, SubsidieStore subsidies, EvaluatieStore evaluaties, IdeePublicaties ideeen) {
        // 2024 as accounted for and 2026 as budgeted; 2025 is left to what staff import (and the import's story test).
        if (!begroting.all().isEmpty()) {
            return;
        }
        begroting.saveAll(List.of(
                regel(2024, "2.1", "begroot", "18450000"),
                regel(2024, "2.1", "gerealiseerd", "18912300"),
                regel(2024, "5.7", "begroot", "9870000"),
                regel(2024, "5.7", "gerealiseerd", "9650400"),
                regel(2024, "6.1", "begroot", "14200000"),
                regel(2024, "6.1", "gerealiseerd", "14388250"),
                regel(2026, "2.1", "begroot", "19100000"),
                regel(2026, "5.7", "begroot", "10250000"),
                regel(2026, "6.1", "begroot", "14950000")));

        subsidies.save(new Subsidie(
                "moestuinbakken-2027",
                "buurtmoestuin-diezerpoort",
                2027,
                new BigDecimal("4000"),
                DemoBewonersinhoud.WIJKBUDGET,
                "Voorbeeldgegevens: tien nieuwe moestuinbakken en gereedschap voor de buurtmoestuin."));

        evaluaties.save(new Evaluatie(
                "buurtmoestuin-diezerpoort-2027",
                "initiatief/buurtmoestuin-diezerpoort",
                "Voorbeeldgegevens: evaluatie van de buurtmoestuin Diezerpoort",
                LocalDate.of(2027, 10, 15),
                List.of("Meer buren ontmoeten elkaar", "Verse groente voor gezinnen in de wijk"),
                List.of(new Evaluatie.Indicator(
                        "Gezinnen die meedoen",
                        "gezinnen",
                        new BigDecimal("30"),
                        new BigDecimal("45"),
                        new BigDecimal("52"))),
                "Tweeënvijftig gezinnen doen mee; de bakken staan er het hele seizoen.",
                List.of("Begin klein en laat buren zelf de planning maken.")));

        ideeen.save(new GepubliceerdIdee(
                "bankjes-bij-de-speeltuin",
                DemoContent.WIJK_DIEZERPOORT,
                "groen",
                "Zet een paar bankjes bij de speeltuin, zodat ouders en grootouders kunnen zitten.",
                "2026-11"));
    }

    private static Begrotingsregel regel(int jaar, String taakveld, String fase, String bedrag) {
        return new Begrotingsregel(jaar, taakveld, fase, new BigDecimal(bedrag));
    }
}
