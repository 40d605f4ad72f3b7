"use strict";
// The budget import page: sends the CSV, then shows the progress bar and each wrong line with its reason.
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
