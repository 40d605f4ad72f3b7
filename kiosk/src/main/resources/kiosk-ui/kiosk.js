"use strict";
// The kiosk's touch page: the active poll with big answer buttons; a tap is stored before we say thanks.
const scherm = document.getElementById("scherm");
const TERUG_NA_MS = 5000;

function toon(...elementen) {
  scherm.replaceChildren(...elementen);
}

function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === "onclick" ? (e.onclick = v) : e.setAttribute(k, v)));
  kinderen.forEach((k) => e.append(k));
  return e;
}

async function laadPeiling() {
  let antwoord;
  try {
    antwoord = await fetch("/api/peilingen/actief");
  } catch (e) {
    return toon(el("p", { class: "wacht" }, "Even geduld, de kiosk start op…"));
  }
  if (!antwoord.ok) {
    return toon(el("p", { class: "wacht" }, "Er is nu geen vraag. Kom later nog eens terug!"));
  }
  const peiling = await antwoord.json();
  const knoppen = peiling.opties.map((tekst, i) =>
    el("button", { class: "optie", type: "button", "data-optie": String(i + 1), onclick: () => beantwoord(peiling, i + 1) }, tekst));
  toon(
    ...(peiling.demo ? [el("p", { class: "demo" }, "Voorbeeld: dit is geen echte peiling")] : []),
    el("h1", {}, peiling.vraag),
    el("div", { class: "opties" }, ...knoppen)
  );
}

async function beantwoord(peiling, optie) {
  const antwoord = await fetch(`/api/peilingen/${encodeURIComponent(peiling.id)}/antwoorden`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ optie }),
  });
  const tekst = antwoord.status === 201
    ? "Dank u wel! Uw antwoord is opgeslagen."
    : antwoord.ok
      ? "U heeft net al geantwoord. Dank u wel!"
      : "Dat lukte niet. Probeer het nog een keer.";
  toon(el("p", { class: "bedankt", role: "status" }, tekst));
  setTimeout(laadPeiling, TERUG_NA_MS);
}

laadPeiling();
