// The kiosk's touch page: a few big screens, one at a time. Everything comes from the kiosk itself (no CDN),
// which answers from its local copy, so it all works with the network cable pulled.
import { laadTaal, laadVertalingen, t, taal } from "./taal.js";
import { thuis, lokker } from "./thuis.js";
import { peiling } from "./peiling.js";
import { plannen, plan } from "./plannen.js";
import { initiatieven, menukaart } from "./initiatieven.js";
import { idee } from "./idee.js";
import { wijkbudget } from "./wijkbudget.js";
import { nieuweSessie } from "./dom.js";

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
let meldingWeg = null;

const app = {
  ga(naam, ...args) {
    if (naam === "thuis" || naam === "lokker") nieuweSessie();
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
    scherm.replaceChildren(...elementen.flat(Infinity).filter((e) => e !== null && e !== undefined && e !== false));
  },
  titel(tekst) {
    titelEl.textContent = tekst;
  },
  scherm,
  meld(tekst) {
    melding.textContent = tekst;
    clearTimeout(meldingWeg);
    meldingWeg = setTimeout(() => { melding.textContent = ""; }, 8000);
  },
  async kiesTaal(code) {
    await laadTaal(code);
    await app.ga(huidig === "lokker" ? "thuis" : huidig);
  },
  bladerNodig,
};

const op = document.getElementById("blader-op");
const neer = document.getElementById("blader-neer");

function bladerNodig() {
  requestAnimationFrame(() => {
    blader.hidden = scherm.scrollHeight <= scherm.clientHeight + 4;
    op.disabled = scherm.scrollTop <= 0;
    neer.disabled = scherm.scrollTop + scherm.clientHeight >= scherm.scrollHeight - 4;
  });
}
scherm.addEventListener("scroll", bladerNodig);

// Scrolling by a swipe is a gesture some residents cannot make: these buttons do it by a tap.
neer.addEventListener("click", () => scherm.scrollBy({ top: scherm.clientHeight * 0.8 }));
op.addEventListener("click", () => scherm.scrollBy({ top: -scherm.clientHeight * 0.8 }));
naarStart.addEventListener("click", () => app.ga("thuis"));
window.addEventListener("resize", bladerNodig);

function stopGeluid() {
  if (geluid) {
    geluid.pause();
    geluid = null;
  }
}

// What 'Lees voor' says: the screen's words in reading order, each stretch in its own language (a Dutch fallback
// inside an Arabic screen goes to the Dutch voice). Not read: the keyboard's keys, the language buttons (their own
// names, in six scripts), what is hidden, and what a resident typed (contact details are not for the whole room).
function voorleesDelen() {
  const delen = [];
  const voeg = (tekst, lang) => {
    const schoon = tekst.replace(/\s+/g, " ").trim();
    if (!schoon) return;
    const taalVan = lang || taal();
    const laatste = delen[delen.length - 1];
    if (laatste && laatste.taal === taalVan) laatste.tekst += ` ${schoon}`;
    else delen.push({ taal: taalVan, tekst: schoon });
  };
  const overslaan = (e) => e.matches(".toetsenbord, .talen, textarea, input, [aria-hidden=true], [hidden], [data-niet-voorlezen]");
  const loop = (e) => {
    if (overslaan(e)) return;
    for (const n of e.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) voeg(n.textContent, e.closest("[lang]")?.getAttribute("lang"));
      else if (n.nodeType === Node.ELEMENT_NODE) {
        loop(n);
        // A block ends a sentence: a short pause in the voice.
        if (getComputedStyle(n).display !== "inline" && delen.length && !/[.:?!]$/.test(delen[delen.length - 1].tekst)) {
          delen[delen.length - 1].tekst += ".";
        }
      }
    }
  };
  voeg(titelEl.textContent, taal());
  if (delen.length) delen[0].tekst += ".";
  loop(scherm);
  // The kiosk speaks at most 80 parts, 8000 characters: a very long screen is read up to there.
  let ruimte = 7900;
  return delen.filter((d) => /[\p{L}\p{N}]/u.test(d.tekst)).slice(0, 80)
    .map((d) => { const tekst = d.tekst.slice(0, Math.max(0, Math.min(2900, ruimte))); ruimte -= tekst.length; return { ...d, tekst }; })
    .filter((d) => d.tekst.trim());
}

async function leesVoor() {
  stopGeluid();
  try {
    const antwoord = await fetch("/api/voorlezen", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ delen: voorleesDelen() }),
    });
    if (!antwoord.ok) throw new Error(String(antwoord.status));
    const blob = await antwoord.blob();
    geluid = new Audio(URL.createObjectURL(blob));
    document.body.dataset.voorgelezen = String(Number(document.body.dataset.voorgelezen || 0) + 1);
    await geluid.play().catch(() => {});
  } catch (e) {
    app.meld(t("voorlezenLuktNiet"));
  }
}
document.getElementById("lees-voor").addEventListener("click", leesVoor);

// The physical help button beside the screen reads the screen aloud too (counted by the kiosk app).
let hulpKeer = null;
setInterval(async () => {
  try {
    const { keer } = await (await fetch("/api/hulpknop")).json();
    if (hulpKeer !== null && keer > hulpKeer) leesVoor();
    hulpKeer = keer;
  } catch (e) { /* the kiosk app restarts; try again */ }
}, 1500);

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
