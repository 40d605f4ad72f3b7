// Polls: single choice, yes/no, a five-face scale; all polls of the wijk one after another form a short series.
import { el, ikoon, IKONEN, gezicht, haal, stuur, voorbeeldTeltNiet } from "./dom.js";
import { t, inhoud, inhoudEl, alleenNederlands } from "./taal.js";

export async function peiling(app, nummer = 0) {
  app.titel(t("tegel.peiling"));
  let peilingen = [];
  try {
    peilingen = await haal("api/peilingen");
  } catch (e) { /* shown below as "no question now" */ }
  const p = peilingen[nummer];
  if (!p) {
    app.toon(el("p", { class: "uitleg" }, t("peiling.geen")), terugKnop(app));
    return;
  }
  const item = `peiling/${p.id}`;
  const gevallen = [];
  const opties = p.opties.map((tekst, i) => inhoud(item, `optie${i + 1}`, tekst));
  if (opties.some((o) => o.nl)) gevallen.push("opties");
  const kies = (optie) => beantwoord(app, p, optie, nummer, peilingen.length, opties);
  let antwoorden;
  if (p.soort === "gezichten" && p.opties.length === 5) {
    antwoorden = el("div", { class: "gezichten" }, opties.map((o, i) => el("button", {
      type: "button", class: "knop gezicht", "data-optie": i + 1, lang: o.nl ? "nl" : undefined, dir: o.nl ? "ltr" : undefined, onclick: () => kies(i + 1),
    }, gezicht(i), el("span", {}, o.tekst))));
  } else if (p.soort === "janee" && p.opties.length === 2) {
    antwoorden = el("div", { class: "janee" }, opties.map((o, i) => el("button", {
      type: "button", class: "knop", "data-optie": i + 1, lang: o.nl ? "nl" : undefined, dir: o.nl ? "ltr" : undefined, onclick: () => kies(i + 1),
    }, ikoon(i === 0 ? IKONEN.ja : IKONEN.nee), el("span", {}, o.tekst))));
  } else {
    antwoorden = el("div", { class: "opties" }, opties.map((o, i) => el("button", {
      type: "button", class: "knop optie", "data-optie": i + 1, lang: o.nl ? "nl" : undefined, dir: o.nl ? "ltr" : undefined, onclick: () => kies(i + 1),
    }, o.tekst)));
  }
  app.toon(
    peilingen.length > 1 ? el("p", {}, t("peiling.vraagVan", { nummer: nummer + 1, totaal: peilingen.length })) : null,
    p.demo ? el("p", { class: "demo" }, t("voorbeeld")) : null,
    inhoudEl("h2", { class: "vraag" }, item, "vraag", p.vraag, gevallen),
    antwoorden,
    alleenNederlands(gevallen));
}

async function beantwoord(app, p, optie, nummer, aantal, opties) {
  let antwoord;
  try {
    antwoord = await stuur(`api/peilingen/${encodeURIComponent(p.id)}/antwoorden`, { optie });
  } catch (e) {
    antwoord = { ok: false };
  }
  if (!antwoord.ok) {
    app.meld(voorbeeldTeltNiet(antwoord) ? t("voorbeeldTeltNiet") : t("lukteNiet"));
    return;
  }
  const bedankt = antwoord.status === 201 ? t("peiling.bedankt") : t("peiling.alGeantwoord");
  let uitslag = null;
  try {
    uitslag = await haal(`api/peilingen/${encodeURIComponent(p.id)}/uitslag`);
  } catch (e) { /* thanks without results */ }
  // "Uitkomst tot nu toe" only over figures that are shown.
  app.titel(uitslag && uitslag.aantallen ? t("peiling.uitslag") : t("tegel.peiling"));
  app.toon(
    el("p", { class: "bedankt", role: "status" }, bedankt),
    el("p", { class: "uitleg", "data-uitslag": "later" }, t("peiling.later")),
    uitslag ? staven(uitslag, opties) : null,
    el("div", { class: "knoppen" },
      nummer + 1 < aantal ? el("button", { type: "button", class: "knop hoofd", "data-actie": "volgende", onclick: () => app.ga("peiling", nummer + 1) }, t("peiling.volgende")) : null,
      el("button", { type: "button", class: "knop", "data-actie": "klaar", onclick: () => app.ga("thuis") }, t("klaar"))));
}

function staven(uitslag, opties) {
  if (!uitslag.aantallen) {
    return el("p", { class: "uitleg", "data-uitslag": "achtergehouden" },
      t("peiling.teWeinig", { drempel: uitslag.drempel, totaal: uitslag.totaal }));
  }
  const hoogste = Math.max(1, ...uitslag.aantallen);
  return el("div", { class: "staven", "data-uitslag": "getoond" },
    el("h3", {}, t("peiling.uitslagWijk")),
    uitslag.aantallen.map((n, i) => {
      const procent = Math.round((n * 100) / uitslag.totaal);
      return el("div", { class: "staaf" },
        el("span", { lang: opties[i].nl ? "nl" : undefined, dir: opties[i].nl ? "ltr" : undefined }, opties[i].tekst),
        el("span", { class: "spoor", "aria-hidden": "true" }, el("span", { class: "vulling", style: `display:block;width:${(n * 100) / hoogste}%` })),
        el("span", { class: "getal" }, `${procent}%`));
    }),
    el("p", {}, t("peiling.totaal", { totaal: uitslag.totaal })));
}

export function terugKnop(app) {
  return el("button", { type: "button", class: "knop", onclick: () => app.ga("thuis") }, t("naarStart"));
}
