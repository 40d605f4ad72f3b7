// "Wat er gebeurde": what became of the wijk's voice. Closed polls with the results the municipality published (the
// same protected figures as its open data) and its response to them, ended wijkbudgetten with their winners and how
// far each is, ideas it answered, and evaluations of the wijk's plans and initiatives. The texts are the
// municipality's, in Dutch; each is shown translated where staff translated it.
import { el, haal } from "./dom.js";
import { t, inhoudEl, alleenNederlands, datum } from "./taal.js";

export async function gebeurd(app) {
  app.titel(t("gebeurd.titel"));
  let inhoud = {};
  try {
    inhoud = (await haal("api/gebeurd")) || {};
  } catch (e) { /* nothing known yet: the empty message below */ }
  const peilingen = inhoud.peilingen || [];
  const ideeen = inhoud.ideeen || [];
  const wijkbudgetten = inhoud.wijkbudgetten || [];
  const evaluaties = inhoud.evaluaties || [];
  // Her own idea first: the receipt code from the idea box leads here.
  const mijnInbreng = el("button", { type: "button", class: "knop inbreng", "data-actie": "inbreng",
    onclick: () => app.ga("inbreng") }, t("inbreng.knop"));
  if (!peilingen.length && !ideeen.length && !wijkbudgetten.length && !evaluaties.length) {
    app.toon(mijnInbreng, el("p", { class: "uitleg", "data-gebeurd": "leeg" }, t("gebeurd.leeg")));
    return;
  }
  const gevallen = [];
  app.toon(
    mijnInbreng,
    peilingen.length ? el("h2", {}, t("gebeurd.peilingen")) : null,
    peilingen.map((p) => {
      const totaal = p.opties.reduce((som, o) => som + o.aantal, 0);
      return el("section", { class: "gebeurd-peiling", "data-peiling": p.id },
        el("h3", { lang: "nl", dir: "ltr" }, p.vraag),
        el("ul", { class: "staven" }, p.opties.map((o) => el("li", { class: "staaf" },
          el("span", { lang: "nl", dir: "ltr" }, o.tekst),
          el("span", { class: "getal" }, totaal ? `${Math.round((o.aantal * 100) / totaal)}%` : "–")))),
        el("p", {}, t("gebeurd.stemmen", { aantal: totaal })),
        p.reactie ? reactie(p, gevallen) : null);
    }),
    wijkbudgetten.length ? el("h2", {}, t("gebeurd.wijkbudgetten")) : null,
    wijkbudgetten.map((w) => wijkbudget(w, gevallen)),
    ideeen.length ? el("h2", {}, t("gebeurd.ideeen")) : null,
    ideeen.map((i) => el("section", { class: "gebeurd-idee", "data-idee": i.id },
      inhoudEl("p", {}, `idee/${i.id}`, "tekst", i.tekst, gevallen),
      el("p", {}, el("strong", {}, t("gebeurd.antwoord")), " ",
        inhoudEl("span", {}, `idee/${i.id}`, "antwoord", i.antwoord, gevallen)))),
    evaluaties.length ? el("h2", {}, t("gebeurd.evaluaties")) : null,
    evaluaties.map((e) => el("section", { class: "gebeurd-evaluatie", "data-evaluatie": e.id },
      inhoudEl("h3", {}, `evaluatie/${e.id}`, "titel", e.titel, gevallen),
      e.datum ? el("p", { class: "onderschrift" }, datum(e.datum)) : null,
      el("p", {}, el("strong", {}, t("gebeurd.uitkomst")), " ",
        inhoudEl("span", {}, `evaluatie/${e.id}`, "uitkomsten", e.uitkomsten, gevallen)))),
    alleenNederlands(gevallen));
}

// "U zei … wij doen …": the municipality's response to the closed poll, translated by staff like other content.
function reactie(p, gevallen) {
  const item = `peiling/${p.id}/reactie`;
  return el("div", { class: "reactie", "data-reactie": p.id },
    el("p", {}, el("strong", {}, t("gebeurd.uZei")), " ", inhoudEl("span", {}, item, "zei", p.reactie.zei, gevallen)),
    el("p", {}, el("strong", {}, t("gebeurd.wijDoen")), " ", inhoudEl("span", {}, item, "doen", p.reactie.doen, gevallen)));
}

// The proposals that won (the published result, within the budget) first, each with how far it is; then the votes.
function wijkbudget(w, gevallen) {
  const winnaars = w.voorstellen.filter((v) => v.gewonnen);
  return el("section", { class: "gebeurd-wijkbudget", "data-wijkbudget": w.id },
    el("h3", { lang: "nl", dir: "ltr" }, w.titel),
    winnaars.length ? el("p", { class: "gekozen-kop" }, el("strong", {}, t("gebeurd.gekozen"))) : null,
    winnaars.length ? el("ul", { class: "gekozen" }, winnaars.map((v) => el("li", { "data-gewonnen": v.id },
      inhoudEl("strong", {}, `wijkbudget/${w.id}/${v.id}`, "titel", v.titel, gevallen),
      el("span", { class: "uitvoering", "data-uitvoering": v.uitvoering ? v.uitvoering.status : "onbekend" },
        t(`gebeurd.uitvoering.${v.uitvoering ? v.uitvoering.status : "onbekend"}`),
        v.uitvoering && v.uitvoering.datum ? ` · ${datum(v.uitvoering.datum)}` : ""),
      v.uitvoering && v.uitvoering.notitie
        ? inhoudEl("span", { class: "notitie" }, `wijkbudget/${w.id}/${v.id}/uitvoering`, "notitie", v.uitvoering.notitie, gevallen)
        : null))) : null,
    el("ul", { class: "staven" }, w.voorstellen.map((v) => el("li", { class: "staaf" },
      inhoudEl("span", {}, `wijkbudget/${w.id}/${v.id}`, "titel", v.titel, gevallen),
      el("span", { class: "getal" }, v.aantal === null ? t("gebeurd.weinig") : t("gebeurd.budgetStemmen", { aantal: v.aantal }))))));
}
