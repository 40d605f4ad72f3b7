// The kiosk's touch page: a few big screens, one at a time. Everything comes from the kiosk itself (no CDN),
// which answers from its local copy, so it all works with the network cable pulled.
import { laadTaal, laadVertalingen, t, taal } from "./taal.js";
import { thuis, lokker } from "./thuis.js";
import { peiling } from "./peiling.js";
import { plannen, plan } from "./plannen.js";
import { initiatieven, menukaart } from "./initiatieven.js";
import { idee } from "./idee.js";
import { wijkbudget } from "./wijkbudget.js";

const STIL_NA_MS = 60_000;
const scherm = document.getElementById("scherm");
const titelEl = document.getElementById("titel");
const naarStart = document.getElementById("naar-start");
const blader = document.getElementById("blader");
const melding = document.getElementById("melding");

const schermen = { thuis, lokker, peiling, plannen, plan, initiatieven, menukaart, idee, wijkbudget };
let huidig = "thuis";
let laatsteAanraking = Date.now();
let geluid = null;

const app = {
  ga(naam, ...args) {
    huidig = naam;
    stopGeluid();
    melding.textContent = "";
    scherm.className = "";
    naarStart.hidden = naam === "thuis" || naam === "lokker";
    document.body.dataset.scherm = naam;
    return Promise.resolve(schermen[naam](app, ...args)).then(() => {
      scherm.scrollTop = 0;
      bladerNodig();
      scherm.focus({ preventScroll: true });
    });
  },
  toon(...elementen) {
    scherm.replaceChildren(...elementen);
  },
  titel(tekst) {
    titelEl.textContent = tekst;
  },
  scherm,
  meld(tekst) {
    melding.textContent = tekst;
  },
  async kiesTaal(code) {
    await laadTaal(code);
    await app.ga(huidig === "lokker" ? "thuis" : huidig);
  },
  bladerNodig,
};

function bladerNodig() {
  requestAnimationFrame(() => {
    blader.hidden = scherm.scrollHeight <= scherm.clientHeight + 4;
  });
}

// Scrolling by a swipe is a gesture some residents cannot make: these buttons do it by a tap.
document.getElementById("blader-neer").addEventListener("click", () => scherm.scrollBy({ top: scherm.clientHeight * 0.8 }));
document.getElementById("blader-op").addEventListener("click", () => scherm.scrollBy({ top: -scherm.clientHeight * 0.8 }));
naarStart.addEventListener("click", () => app.ga("thuis"));
window.addEventListener("resize", bladerNodig);

function stopGeluid() {
  if (geluid) {
    geluid.pause();
    geluid = null;
  }
}

document.getElementById("lees-voor").addEventListener("click", async () => {
  stopGeluid();
  const tekst = [titelEl.textContent, scherm.innerText].join(". ").replace(/\s+/g, " ").trim().slice(0, 2900);
  const adres = `/api/voorlezen?taal=${taal()}&tekst=${encodeURIComponent(tekst)}`;
  try {
    const antwoord = await fetch(adres);
    if (!antwoord.ok) throw new Error(String(antwoord.status));
    const blob = await antwoord.blob();
    geluid = new Audio(URL.createObjectURL(blob));
    document.body.dataset.voorgelezen = String(Number(document.body.dataset.voorgelezen || 0) + 1);
    await geluid.play().catch(() => {});
  } catch (e) {
    app.meld(t("voorlezenLuktNiet"));
  }
});

// Privacy: a minute without a touch returns home and forgets half-filled input; then the attract screen.
["pointerdown", "keydown"].forEach((soort) => document.addEventListener(soort, () => { laatsteAanraking = Date.now(); }, true));
setInterval(() => {
  if (Date.now() - laatsteAanraking < STIL_NA_MS) return;
  laatsteAanraking = Date.now();
  if (huidig === "thuis") {
    laadTaal("nl").then(() => app.ga("lokker"));
  } else if (huidig !== "lokker") {
    app.ga("thuis");
  }
}, 1000);

await laadTaal("nl");
await laadVertalingen();
setInterval(laadVertalingen, 60_000);
app.ga("thuis");
