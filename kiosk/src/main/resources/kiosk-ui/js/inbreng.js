// "Mijn inbreng": the resident types the receipt code she copied after leaving an idea, on any kiosk, and reads what
// became of it. The pad holds only the characters a code can have (no 0/O, 1/I/L), the same in every language, so it
// fits an 800×480 screen without scrolling and cannot produce a wrong character.
import { el } from "./dom.js";
import { t, taal, alleenNederlands } from "./taal.js";

const TEKENS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function inbreng(app) {
  app.titel(t("inbreng.titel"));
  const veld = el("input", { id: "inbreng-code", readonly: true, inputmode: "none", dir: "ltr", lang: "en",
    autocomplete: "off", "aria-describedby": "inbreng-uitleg" });
  const zoek = el("button", { type: "button", class: "knop hoofd", "data-actie": "zoek", disabled: true,
    onclick: () => uitkomst(app, veld.value) }, t("inbreng.zoek"));
  veld.addEventListener("input", () => { zoek.disabled = veld.value.replace(/[\s-]/g, "").length < 8; });
  app.scherm.className = "met-toetsenbord";
  app.toon(el("p", { id: "inbreng-uitleg" }, t("inbreng.uitleg")),
    el("div", { class: "typen" }, el("label", { for: "inbreng-code" }, t("inbreng.code")), veld, zoek),
    codebord(veld));
}

function codebord(veld) {
  const typ = (teken) => {
    const kaal = veld.value.replace(/-/g, "");
    const nieuw = teken === null ? kaal.slice(0, -1) : kaal.length < 8 ? kaal + teken : kaal;
    veld.value = nieuw.length > 4 ? `${nieuw.slice(0, 4)}-${nieuw.slice(4)}` : nieuw;
    veld.dispatchEvent(new Event("input"));
  };
  return el("div", { class: "codebord", role: "group", "aria-label": t("toetsenbord"), dir: "ltr" },
    [...TEKENS].map((teken) => el("button", { type: "button", class: "toets", "data-toets": teken, onclick: () => typ(teken) }, teken)),
    el("button", { type: "button", class: "toets extra", "data-toets": "wis", "aria-label": t("toets.wis"), onclick: () => typ(null) }, "⌫"));
}

async function uitkomst(app, code) {
  let status = 503;
  let inhoud = null;
  try {
    const antwoord = await fetch(`api/inbreng/${encodeURIComponent(code)}`);
    status = antwoord.status;
    inhoud = await antwoord.json().catch(() => null);
  } catch (e) { /* the kiosk itself did not answer: as offline */ }
  if (status !== 200 || !inhoud) {
    app.meld(t(status === 404 ? "inbreng.onbekend" : status === 400 ? "inbreng.ongeldig" : "inbreng.offline"));
    return;
  }
  app.scherm.className = "";
  app.titel(t("inbreng.titel"));
  if (inhoud.soort === "stembiljet") {
    stem(app, inhoud);
    return;
  }
  app.toon(
    el("p", { class: "bedankt", role: "status", "data-inbreng": inhoud.status }, t(`inbreng.status.${inhoud.status}`)),
    inhoud.antwoord ? antwoord(inhoud) : null,
    el("div", { class: "knoppen" },
      el("button", { type: "button", class: "knop hoofd", "data-actie": "klaar", onclick: () => app.ga("thuis") }, t("klaar"))));
}

// The municipality's answer in her language where staff translated it; else the Dutch, marked so and said so. Not
// read aloud: the kiosk speaks only texts from its own content, and the answer comes from the municipality now.
function antwoord(inhoud) {
  const vertaald = taal() !== "nl" && inhoud.vertalingen ? inhoud.vertalingen[taal()] : null;
  const tekst = vertaald
    ? el("p", { "data-antwoord": taal(), "data-niet-voorlezen": true }, vertaald)
    : el("p", { lang: "nl", dir: "ltr", "data-antwoord": "nl", "data-niet-voorlezen": true }, inhoud.antwoord);
  return el("section", { class: "antwoord" }, el("h2", {}, t("inbreng.antwoord")), tekst,
    vertaald || taal() === "nl" ? null : alleenNederlands(["antwoord"]));
}

// A ballot: whether it is in the count and of which wijkbudget, never what was chosen (the kiosk is not told).
function stem(app, inhoud) {
  const geteld = inhoud.status === "geteld";
  app.toon(
    el("p", { class: "bedankt", role: "status", "data-inbreng": inhoud.status }, t(`inbreng.stem.${inhoud.status}`)),
    geteld && inhoud.wijkbudget ? el("p", { class: "wijkbudget-naam", lang: "nl", dir: "ltr", "data-niet-voorlezen": true }, inhoud.wijkbudget) : null,
    geteld ? el("p", {}, t(inhoud.definitief ? "inbreng.stem.definitief" : "inbreng.stem.voorlopig")) : null,
    el("p", {}, t("inbreng.stem.geheim")),
    el("div", { class: "knoppen" },
      el("button", { type: "button", class: "knop hoofd", "data-actie": "klaar", onclick: () => app.ga("thuis") }, t("klaar"))));
}
