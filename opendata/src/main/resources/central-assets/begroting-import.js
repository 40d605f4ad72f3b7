"use strict";
// The budget import page: sends the CSV, then shows the progress bar and each wrong line with its reason.
const $ = (id) => document.getElementById(id);
// The node's problem details are written for programs, in English; staff read what its problem type means.
const WEIGERINGEN = {
  "empty-import": "Het bestand is leeg. Kies het CSV-bestand met de kolommen jaar;taakveld;fase;bedrag.",
  "import-too-large": "Het bestand is groter dan 20 MB. Splits het, bijvoorbeeld per jaar, en importeer de delen na elkaar.",
  "role-not-allowed": "Importeren mag je rol niet. Vraag het een publicist of een beheerder.",
  "login-required": "Je bent niet meer ingelogd. Log opnieuw in en importeer het bestand nog eens.",
};
const weigering = (probleem) => WEIGERINGEN[String(probleem.type || "").split("/").pop()]
  || "Importeren lukte niet. Probeer het zo nog eens; lukt het dan niet, vraag het ICT.";
$("start").addEventListener("click", async () => {
  const file = $("bestand").files[0];
  if (!file) { $("stand").textContent = "Kies eerst een bestand."; return; }
  const res = await fetch("/api/beheer/begroting/import", { method: "POST",
    headers: { "Content-Type": "text/csv" }, body: await file.text() });
  const start = await res.json();
  if (!res.ok) { $("stand").textContent = weigering(start); return; }
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
