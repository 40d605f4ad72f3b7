// Screen texts come from resource bundles (/taal/<code>.json); content falls back to Dutch with a visible note.
import { el } from "./dom.js";

export const TALEN = [
  { code: "nl", naam: "Nederlands" }, { code: "en", naam: "English" }, { code: "tr", naam: "Türkçe" },
  { code: "ar", naam: "العربية", rtl: true }, { code: "pl", naam: "Polski" }, { code: "uk", naam: "Українська" },
];

const bundels = {};
let huidige = "nl";
let vertalingen = {};

export async function laadTaal(code) {
  if (!bundels[code]) {
    const antwoord = await fetch(`taal/${code}.json`);
    bundels[code] = await antwoord.json();
  }
  huidige = code;
  const taal = TALEN.find((x) => x.code === code);
  document.documentElement.lang = code;
  document.documentElement.dir = taal && taal.rtl ? "rtl" : "ltr";
  document.querySelectorAll("[data-t]").forEach((e) => { e.textContent = t(e.dataset.t); });
}

export function taal() {
  return huidige;
}

/** A screen text in the chosen language; {naam} placeholders are filled from vars. */
export function t(sleutel, vars = {}) {
  const tekst = (bundels[huidige] && bundels[huidige][sleutel]) ?? (bundels.nl && bundels.nl[sleutel]) ?? sleutel;
  return tekst.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ""));
}

export async function laadVertalingen() {
  try {
    vertalingen = await (await fetch("api/vertalingen")).json();
  } catch (e) {
    vertalingen = {};
  }
}

/**
 * A content field in the chosen language, or the Dutch original. Returns { tekst, nl } where nl is true when the
 * Dutch text is shown instead of a translation (the screen then says so).
 */
export function inhoud(item, veld, nederlands) {
  if (huidige === "nl") return { tekst: nederlands, nl: false };
  const v = vertalingen[item] && vertalingen[item][huidige] && vertalingen[item][huidige][veld];
  return v ? { tekst: v, nl: false } : { tekst: nederlands, nl: true };
}

/** An element with a content field; marked lang="nl" when it falls back, so read-aloud and screen readers know. */
export function inhoudEl(tag, attrs, item, veld, nederlands, gevallen) {
  const r = inhoud(item, veld, nederlands);
  if (r.nl && gevallen) gevallen.push(veld);
  return el(tag, { ...attrs, lang: r.nl ? "nl" : undefined, dir: r.nl ? "ltr" : undefined }, r.tekst);
}

export function alleenNederlands(gevallen) {
  return gevallen.length ? el("p", { class: "alleen-nl" }, t("alleenNederlands")) : null;
}

export function datum(iso, metTijd) {
  const opties = metTijd
    ? { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
    : { day: "numeric", month: "long", year: "numeric" };
  return new Intl.DateTimeFormat(huidige, opties).format(new Date(iso));
}

export function euro(bedrag) {
  return new Intl.NumberFormat(huidige, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(bedrag);
}
