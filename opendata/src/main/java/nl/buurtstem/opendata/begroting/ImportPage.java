package nl.buurtstem.opendata.begroting;

/** The import page: choose a CSV file, watch the progress bar, read which lines were wrong and why. */
final class ImportPage {

    static final String BODY = """
            <h1>Begroting importeren</h1>
            <p>Een CSV-bestand met de kolommen <code>jaar;taakveld;fase;bedrag</code>: taakveld als Iv3-code (bijv. 6.1),
            fase <code>begroot</code> of <code>gerealiseerd</code>, bedrag in euro. Goede regels worden geïmporteerd,
            foute regels staan hieronder met de reden.</p>
            <p><input type="file" id="bestand" accept=".csv,text/csv"> <button type="button" id="start">Importeren</button></p>
            <p><progress id="voortgang" class="breed" max="1" value="0"></progress></p>
            <p id="stand" aria-live="polite"></p>
            <table class="beschrijving"><thead><tr><th>Regel</th><th>Fout</th></tr></thead><tbody id="fouten"></tbody></table>
            <script src="/assets/begroting-import.js" defer></script>""";

    private ImportPage() {}
}
