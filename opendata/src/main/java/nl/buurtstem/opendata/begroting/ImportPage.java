package nl.buurtstem.opendata.begroting;

/** The import page: choose a CSV file, watch the progress bar, read which lines were wrong and why. */
final class ImportPage {

    static final String BODY = """
            <h1>Begroting importeren</h1>
            <p>Een CSV-bestand met de kolommen <code>jaar;taakveld;fase;bedrag</code>: taakveld als Iv3-code (bijv. 6.1),
            fase <code>begroot</code> of <code>gerealiseerd</code>, bedrag in euro. Goede regels worden geïmporteerd,
            foute regels staan hieronder met de reden.</p>
            <p><input type="file" id="bestand" accept=".csv,text/csv"> <button type="button" id="start">Importeren</button></p>
            <p><progress id="voortgang" max="1" value="0" style="width:100%"></progress></p>
            <p id="stand" aria-live="polite"></p>
            <table class="beschrijving"><thead><tr><th>Regel</th><th>Fout</th></tr></thead><tbody id="fouten"></tbody></table>
            <script>
            const $ = (id) => document.getElementById(id);
            $("start").addEventListener("click", async () => {
              const file = $("bestand").files[0];
              if (!file) { $("stand").textContent = "Kies eerst een bestand."; return; }
              const res = await fetch("/api/beheer/begroting/import", { method: "POST",
                headers: { "Content-Type": "text/csv" }, body: await file.text() });
              const start = await res.json();
              if (!res.ok) { $("stand").textContent = start.detail; return; }
              const poll = async () => {
                const v = await (await fetch(start.voortgang)).json();
                $("voortgang").max = Math.max(1, v.totaal);
                $("voortgang").value = v.verwerkt;
                $("stand").textContent = `${v.verwerkt} van ${v.totaal} regels verwerkt, ${v.geimporteerd} geïmporteerd, `
                  + `${v.fouten.length} fout (${v.status}).`;
                $("fouten").textContent = "";
                for (const f of v.fouten) {
                  const tr = $("fouten").insertRow();
                  tr.insertCell().textContent = f.regel;
                  tr.insertCell().textContent = f.melding;
                }
                if (v.status === "bezig") setTimeout(poll, 300);
              };
              poll();
            });
            </script>""";

    private ImportPage() {}
}
