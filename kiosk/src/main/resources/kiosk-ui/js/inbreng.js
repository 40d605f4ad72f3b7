// "Mijn inbreng": the resident types the receipt code she copied after leaving an idea, on any kiosk, and reads what
// became of it. The code uses Latin letters and digits in every language, so the keyboard is the Latin one.
import { el } from "./dom.js";
import { t } from "./taal.js";
import { toetsenbord } from "./toetsenbord.js";

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
    toetsenbord(veld, "nl", { label: t("toetsenbord"), wisLabel: t("toets.wis"), spatieLabel: t("toets.spatie"),
      geenHoofdletter: true }));
}

async function uitkomst(app, code) {
  let status = 503;
  let inhoud = null;
  try {
    const antwoord = await fetch(`/api/inbreng/${encodeURIComponent(code)}`);
    status = antwoord.status;
    inhoud = await antwoord.json().catch(() => null);
  } catch (e) { /* the kiosk itself did not answer: as offline */ }
  if (status !== 200 || !inhoud) {
    app.meld(t(status === 404 ? "inbreng.onbekend" : status === 400 ? "inbreng.ongeldig" : "inbreng.offline"));
    return;
  }
  app.scherm.className = "";
  app.titel(t("inbreng.titel"));
  app.toon(
    el("p", { class: "bedankt", role: "status", "data-inbreng": inhoud.status }, t(`inbreng.status.${inhoud.status}`)),
    inhoud.antwoord ? el("section", { class: "antwoord" }, el("h2", {}, t("inbreng.antwoord")),
      el("p", { lang: "nl", dir: "ltr", "data-niet-voorlezen": true }, inhoud.antwoord)) : null,
    el("div", { class: "knoppen" },
      el("button", { type: "button", class: "knop hoofd", "data-actie": "klaar", onclick: () => app.ga("thuis") }, t("klaar"))));
  app.bladerNodig();
}
