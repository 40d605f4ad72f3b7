// The kiosk's touch page: a few big screens, one at a time. Everything comes from the kiosk itself (no CDN),
// which answers from its local copy, so it all works with the network cable pulled.
import { laadTaal, laadVertalingen, t, taal } from "./taal.js";
import { thuis, lokker } from "./thuis.js";
import { peiling } from "./peiling.js";
import { plannen, plan } from "./plannen.js";
import { initiatieven, menukaart } from "./initiatieven.js";
import { idee } from "./idee.js";
import { wijkbudget } from "./wijkbudget.js";
import { inbreng } from "./inbreng.js";
import { gebeurd } from "./gebeurd.js";
import { nieuweSessie } from "./dom.js";

const STIL_NA_MS = 60_000;
// "Bent u er nog?" shows this long before the screen goes home, so a slow reader is not cut off unasked.
const WAARSCHUW_MS = 15_000;
// A second touch just after a screen changed is most often the same hand: it must not press the new screen.
const RUST_MS = 350;
const scherm = document.getElementById("scherm");
const titelEl = document.getElementById("titel");
const naarStart = document.getElementById("naar-start");
const blader = document.getElementById("blader");
const melding = document.getElementById("melding");
const leesKnop = document.getElementById("lees-voor");
const nogDaar = document.getElementById("nog-daar");

const schermen = { thuis, lokker, peiling, plannen, plan, initiatieven, menukaart, idee, wijkbudget, inbreng, gebeurd };
let huidig = "thuis";
let laatsteAanraking = Date.now();
let geluid = null;
let meldingWeg = null;
let rustTot = 0;
let bladerGevraagd = false;
let gang = 0;
document.body.dataset.stilNaMs = String(STIL_NA_MS);

const app = {
  ga(naam, ...args) {
    if (naam === "thuis" || naam === "lokker") nieuweSessie();
    const deze = ++gang;
    huidig = naam;
    rust();
    stopGeluid();
    melding.textContent = "";
    scherm.className = "";
    naarStart.hidden = naam === "thuis" || naam === "lokker";
    document.body.dataset.scherm = naam;
    // A screen that is still fetching when the resident already tapped on (a tile while a language loads, on a slow
    // kiosk) must not draw over the newer one: only the latest trip through ga() may fill the screen.
    const actueel = () => deze === gang;
    const hier = Object.create(app, {
      toon: { value: (...e) => actueel() && app.toon(...e) },
      titel: { value: (...a) => actueel() && app.titel(...a) },
    });
    return Promise.resolve(schermen[naam](hier, ...args)).then(() => {
      if (!actueel()) return;
      scherm.scrollTop = 0;
      bladerNodig();
      scherm.focus({ preventScroll: true });
    });
  },
  toon(...elementen) {
    rust();
    scherm.replaceChildren(...elementen.flat(Infinity).filter((e) => e !== null && e !== undefined && e !== false));
    // "Not in your language" goes at the top, where the eye and the voice start, not below the fold.
    const noot = scherm.querySelector(".alleen-nl");
    if (noot) scherm.prepend(noot);
  },
  /** The screen's title; nl: true when it is the Dutch original shown instead of a translation. */
  titel(tekst, nl = false) {
    titelEl.textContent = tekst;
    if (nl) { titelEl.lang = "nl"; titelEl.dir = "ltr"; } else { titelEl.removeAttribute("lang"); titelEl.removeAttribute("dir"); }
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
};

const op = document.getElementById("blader-op");
const neer = document.getElementById("blader-neer");

function bladerNodig() {
  if (bladerGevraagd) return;
  bladerGevraagd = true;
  requestAnimationFrame(() => {
    bladerGevraagd = false;
    blader.hidden = scherm.scrollHeight <= scherm.clientHeight + 4;
    op.disabled = scherm.scrollTop <= 0;
    neer.disabled = scherm.scrollTop + scherm.clientHeight >= scherm.scrollHeight - 4;
  });
}
scherm.addEventListener("scroll", bladerNodig);
// Whatever changes what the screen holds or how much room it has (a new screen, a thank-you drawn after a reply, a
// picture that loads late, the keyboard's class) decides again whether ▲▼ are needed: no screen has to remember to.
new MutationObserver(bladerNodig).observe(scherm, { childList: true, subtree: true, characterData: true, attributes: true });
new ResizeObserver(bladerNodig).observe(scherm);
scherm.addEventListener("load", bladerNodig, true);

// Scrolling by a swipe is a gesture some residents cannot make: these buttons do it by a tap.
neer.addEventListener("click", () => scherm.scrollBy({ top: scherm.clientHeight * 0.8 }));
op.addEventListener("click", () => scherm.scrollBy({ top: -scherm.clientHeight * 0.8 }));
naarStart.addEventListener("click", () => app.ga("thuis"));

function rust() {
  rustTot = Date.now() + RUST_MS;
  document.body.dataset.rustTot = String(rustTot);
}

function speelt() {
  return geluid !== null && !geluid.paused && !geluid.ended;
}

// While the kiosk reads aloud the button says so and stops it; a resident sees and hears that it plays.
function toonSpelen(aan) {
  const label = leesKnop.querySelector("[data-t]");
  label.dataset.t = aan ? "stopVoorlezen" : "leesVoor";
  label.textContent = t(label.dataset.t);
  leesKnop.classList.toggle("speelt", aan);
  leesKnop.setAttribute("aria-pressed", String(aan));
  document.body.dataset.voorlezen = aan ? "speelt" : "";
}

function stopGeluid() {
  if (geluid) {
    geluid.pause();
    geluid = null;
  }
  toonSpelen(false);
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
    const antwoord = await fetch("api/voorlezen", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ delen: voorleesDelen() }),
    });
    if (!antwoord.ok) throw new Error(String(antwoord.status));
    const blob = await antwoord.blob();
    const dit = new Audio(URL.createObjectURL(blob));
    geluid = dit;
    dit.addEventListener("ended", () => { if (geluid === dit) stopGeluid(); });
    dit.addEventListener("loadedmetadata", () => { document.body.dataset.voorleesSeconden = String(Math.round(dit.duration)); });
    document.body.dataset.voorgelezen = String(Number(document.body.dataset.voorgelezen || 0) + 1);
    toonSpelen(true);
    await dit.play().catch(() => {});
  } catch (e) {
    app.meld(t("voorlezenLuktNiet"));
  }
}
leesKnop.addEventListener("click", () => (speelt() ? stopGeluid() : leesVoor()));

// The physical help button beside the screen reads the screen aloud too (counted by the kiosk app). The first ask, at
// once, only learns the count: a press before it (while the page loaded) is not told apart from older ones.
let hulpKeer = null;
async function vraagHulpknop() {
  try {
    const { keer } = await (await fetch("api/hulpknop")).json();
    if (hulpKeer !== null && keer > hulpKeer) leesVoor();
    hulpKeer = keer;
    document.body.dataset.hulpknop = String(keer);
  } catch (e) { /* the kiosk app restarts; try again */ }
}
vraagHulpknop();
setInterval(vraagHulpknop, 1500);

// Privacy: a minute without a touch returns home and forgets half-filled input; then the attract screen. Reading aloud
// counts as being there; a quarter of a minute before going home the screen asks "Bent u er nog?".
function aangeraakt() {
  laatsteAanraking = Date.now();
  nogDaar.hidden = true;
}
["pointerdown", "keydown"].forEach((soort) => document.addEventListener(soort, aangeraakt, true));
document.addEventListener("click", (e) => {
  if (Date.now() < rustTot && scherm.contains(e.target)) {
    e.stopPropagation();
    e.preventDefault();
  }
}, true);
document.getElementById("nog-daar-ja").addEventListener("click", aangeraakt);
setInterval(() => {
  if (speelt()) laatsteAanraking = Date.now();
  const stil = Date.now() - laatsteAanraking;
  if (huidig === "lokker") return;
  if (stil >= STIL_NA_MS) {
    aangeraakt();
    if (huidig === "thuis") laadTaal("nl").then(() => app.ga("lokker"));
    else app.ga("thuis");
  } else if (stil >= STIL_NA_MS - WAARSCHUW_MS && huidig !== "thuis" && nogDaar.hidden) {
    nogDaar.hidden = false;
    document.getElementById("nog-daar-ja").focus({ preventScroll: true });
  }
}, 1000);

await laadTaal("nl");
await laadVertalingen();
setInterval(laadVertalingen, 60_000);
// ?scherm=peiling&met=2 opens that screen straight away: the staff's preview of a draft shows the screen it changes.
// Only the screens that take a place in a series get a number; any other argument is an id and stays text, as a
// plan called "2030" has the id "2030", not 2030.
const OP_PLAATS = new Set(["peiling", "menukaart"]);
const begin = new URLSearchParams(location.search);
const beginScherm = begin.get("scherm");
app.ga(Object.hasOwn(schermen, beginScherm) ? beginScherm : "thuis",
  ...begin.getAll("met").map((a) => (OP_PLAATS.has(beginScherm) && /^\d+$/.test(a) ? Number(a) : a)));
