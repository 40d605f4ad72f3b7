package nl.buurtstem.opendata.begroting;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.buurtstem.opendata.fuzz.FuzzBudget;
import nl.buurtstem.opendata.lod.Iris;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided (Jazzer): every line of a budget CSV staff upload becomes a budget line or a reason for staff
 * (shown beside its line number), never another exception that would stop the import.
 */
@Tag("slow")
class BegrotingCsvFuzzTest {

    private static final BegrotingImport IMPORT =
            new BegrotingImport(null, new Taakvelden(new Iris("http://localhost/")), () -> {});

    @FuzzTest(maxDuration = FuzzBudget.MAX)
    void every_line_is_a_budget_line_or_a_reason(String csv) {
        if (csv == null) {
            return;
        }
        for (String line : csv.replace("\r", "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Begrotingsregel regel = IMPORT.parse(line);
                regel.bedrag().toPlainString().length();
            } catch (IllegalArgumentException reason) {
                if (reason.getMessage() == null || reason.getMessage().isBlank()) {
                    throw new AssertionError("a refused line needs a reason for staff", reason);
                }
            }
        }
    }
}
