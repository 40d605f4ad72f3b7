import { el, ikoon, IKONEN, haal } from "./dom.js";
import { TALEN, t, taal } from "./taal.js";

const TEGELS = ["peiling", "plannen", "initiatieven", "idee", "wijkbudget", "gebeurd"];

export async function thuis(app) {
  let plek = "";
  try {
    const p = await haal("api/plannen");
    plek = p.wijk && p.wijk.naam ? p.wijk.naam : "";
  } catch (e) { /* the kiosk starts up: show the tiles anyway */ }
  app.titel(plek ? t("welkomIn", { wijk: plek }) : t("welkom"));
  const tegels = TEGELS.map((naam) => el("button", {
    type: "button", class: `tegel ${naam}`, "data-tegel": naam, onclick: () => app.ga(naam),
  }, ikoon(IKONEN[naam]), el("span", {}, t(`tegel.${naam}`))));
  const talen = TALEN.map((x) => el("button", {
    type: "button", class: "taal", lang: x.code, dir: x.rtl ? "rtl" : "ltr", "aria-pressed": String(taal() === x.code),
    "data-taal": x.code, onclick: () => app.kiesTaal(x.code),
  }, x.naam));
  app.toon(el("nav", { class: "tegels", "aria-label": t("watWiltU") }, tegels),
    el("nav", { class: "talen", "aria-label": "Taal · Language · Dil · اللغة · Język · Мова" }, talen));
}

const GROET = [["nl", "Tik op het scherm"], ["en", "Tap the screen"], ["tr", "Ekrana dokunun"], ["ar", "المس الشاشة"],
  ["pl", "Dotknij ekranu"], ["uk", "Торкніться екрана"]];

export function lokker(app) {
  app.titel("Buurtstem");
  app.toon(el("button", { type: "button", class: "lokker", onclick: () => app.ga("thuis") },
    el("span", { class: "groot" }, t("lokker.kop")),
    el("ul", {}, TEGELS.map((naam) => el("li", {}, t(`lokker.${naam}`)))),
    el("ul", {}, GROET.map(([code, tekst]) => el("li", { lang: code, dir: code === "ar" ? "rtl" : "ltr" }, tekst)))));
}
