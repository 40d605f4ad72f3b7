// Wijkbudget: choose proposals until the budget is spent and see what is left; with a stemcode where the
// municipality issued them (checked offline on the kiosk against the synced, hashed list).
import { el, haal, stuur, voorbeeldTeltNiet } from "./dom.js";
import { t, inhoudEl, inhoud, alleenNederlands, euro, datum } from "./taal.js";
import { toetsenbord } from "./toetsenbord.js";
import { terugKnop } from "./peiling.js";

export async function wijkbudget(app) {
  app.titel(t("tegel.wijkbudget"));
  const lijst = await haal("api/wijkbudgetten").catch(() => []);
  const budget = lijst[0];
  if (!budget) {
    app.toon(el("p", { class: "uitleg" }, t("wijkbudget.geen")), terugKnop(app));
    return;
  }
  if (budget.fase && budget.fase !== "stemmen") {
    nogNiet(app, budget);
    return;
  }
  const stem = { budget, code: null, gekozen: new Set() };
  if (budget.stemcodes && budget.stemcodePrefix !== undefined) {
    stemcode(app, stem, budget.stemcodePrefix || "");
  } else if (budget.stemcodes) {
    // A central node from before the prefix was in the feed: as its staff page proposes it, from the wijk's name.
    const plannen = await haal("api/plannen").catch(() => ({}));
    stemcode(app, stem, prefixVan(plannen.wijk && plannen.wijk.naam));
  } else {
    kiezen(app, stem);
  }
}

const FASEN = ["ideeen", "voorstellen", "stemmen", "uitslag", "uitvoering"];

// Before the vote: where the wijkbudget stands (by the kiosk's own clock) and from when one can vote, no ballot.
function nogNiet(app, b) {
  const item = `wijkbudget/${b.id}`;
  const gevallen = [];
  const titel = inhoud(item, "titel", b.titel);
  app.titel(titel.tekst, titel.nl);
  const nu = FASEN.indexOf(b.fase);
  app.toon(inhoudEl("p", {}, item, "uitleg", b.uitleg, gevallen),
    el("p", { class: "uitleg", "data-fase": b.fase }, t("wijkbudget.faseNu", { fase: t(`wijkbudget.fase.${b.fase}`) })),
    el("ol", { class: "fasen", "aria-label": t("wijkbudget.fasen") }, FASEN.map((f, i) =>
      el("li", { class: `fase ${i < nu ? "klaar" : i === nu ? "nu" : "later"}`, "aria-current": i === nu ? "step" : undefined },
        t(`wijkbudget.fase.${f}`)))),
    el("p", { "data-stemmen-vanaf": b.stemmenVanaf || "" },
      b.stemmenVanaf ? t("wijkbudget.stemmenVanaf", { datum: datum(b.stemmenVanaf, true) }) : t("wijkbudget.stemmenLater")),
    alleenNederlands(gevallen), terugKnop(app));
}

// Codes are printed as PREFIX-XXXX-XXXX-XXXX. The prefix is shown already typed: the content feed says which letters
// staff printed in front of the wijkbudget's codes; it is not part of what is checked, so another prefix on a letter
// still works. The resident types only the twelve symbols, the dashes appear by themselves, and the twelfth symbol checks the
// code: twelve taps for 60 bits. A code that does not work is explained under the field, in the resident's language.
function stemcode(app, stem, prefix) {
  app.titel(t("wijkbudget.codeTitel"));
  const begin = prefix ? `${prefix}-` : "";
  const veld = el("textarea", { id: "stemcode", readonly: true, inputmode: "none", rows: 1, wrap: "off", dir: "ltr", "aria-describedby": "stemcode-fout" });
  const fout = el("p", { id: "stemcode-fout", class: "fout", role: "alert" });
  const symbolen = () => veld.value.slice(begin.length).toUpperCase().replace(/[^2-9A-Z]/g, "").slice(0, 12);
  let bezig = false;
  const controleer = async () => {
    if (bezig) return;
    bezig = true;
    const code = veld.value;
    const r = await stuur(`api/wijkbudgetten/${encodeURIComponent(stem.budget.id)}/stemcode`, { stemcode: code }).catch(() => ({ ok: false }));
    bezig = false;
    const uitkomst = r.ok && r.inhoud ? r.inhoud.stemcode : "fout";
    if (uitkomst === "geldig") {
      stem.code = code;
      kiezen(app, stem);
      return;
    }
    fout.textContent = voorbeeldTeltNiet(r) ? t("voorbeeldTeltNiet")
      : uitkomst === "al_gebruikt" ? t("wijkbudget.codeGebruikt")
      : uitkomst === "te_vaak" ? t("wijkbudget.codeTeVaak")
        : uitkomst === "ongeldig" ? t("wijkbudget.codeOngeldig")
          : uitkomst === "onbekend" ? t("wijkbudget.codeOnbekend") : t("lukteNiet");
  };
  veld.addEventListener("input", () => {
    const s = symbolen();
    veld.value = begin + (s.match(/.{1,4}/g) || []).join("-");
    fout.textContent = "";
    if (s.length === 12) controleer();
  });
  app.scherm.className = "met-toetsenbord";
  // The instruction is the field's label for the voice; the field, the message beside it and the
  // whole keypad stay in view at 800x480.
  app.toon(el("div", { class: "typen stemcode" }, el("label", { for: "stemcode" }, t("wijkbudget.codeVraag")), veld, fout),
    toetsenbord(veld, "en", { label: t("toetsenbord"), wisLabel: t("toets.wis"), begin: "stemcode", max: 24 }));
  veld.value = begin;
}

// The first letters of the wijk's name, as the staff page proposes them for the letters (e.g. Diezerpoort: DIEZ).
function prefixVan(wijknaam) {
  const letters = (wijknaam || "").normalize("NFD").toUpperCase().replace(/[^A-Z]/g, "");
  return letters.length >= 2 ? letters.slice(0, 4) : "";
}

function kiezen(app, stem) {
  app.scherm.className = "";
  app.meld("");
  const b = stem.budget;
  const item = `wijkbudget/${b.id}`;
  const gevallen = [];
  const titel = inhoud(item, "titel", b.titel);
  app.titel(titel.tekst, titel.nl);
  const uitgegeven = () => b.voorstellen.filter((v) => stem.gekozen.has(v.id)).reduce((s, v) => s + v.bedrag, 0);
  const over = el("p", { class: "over", role: "status", "data-over": "" });
  const spoor = el("div", { class: "spoor", style: "height:1.2em;background:#e3e0d6;border-radius:8px;overflow:hidden", "aria-hidden": "true" },
    el("div", { class: "vulling", style: "height:100%;background:#0f5e66;width:0" }));
  const klaar = el("button", { type: "button", class: "knop hoofd", "data-actie": "bevestig", onclick: () => bevestig(app, stem) }, t("wijkbudget.klaar"));
  const knoppen = b.voorstellen.map((v) => {
    const vi = `${item}/${v.id}`;
    return el("button", { type: "button", class: "knop voorstel", "data-voorstel": v.id, "aria-pressed": "false",
      onclick: () => { stem.gekozen.has(v.id) ? stem.gekozen.delete(v.id) : stem.gekozen.add(v.id); werkBij(); } },
    el("span", {}, el("strong", {}, inhoudEl("span", {}, vi, "titel", v.titel, gevallen)), el("br"), inhoudEl("span", {}, vi, "omschrijving", v.omschrijving, gevallen)),
    el("span", { class: "prijs" }, euro(v.bedrag)), el("span", { class: "waarom", hidden: true }));
  });
  const werkBij = () => {
    const rest = b.bedrag - uitgegeven();
    over.textContent = t("wijkbudget.over", { rest: euro(rest), totaal: euro(b.bedrag) });
    spoor.firstChild.style.width = `${(uitgegeven() * 100) / b.bedrag}%`;
    knoppen.forEach((k, i) => {
      const v = b.voorstellen[i];
      const gekozen = stem.gekozen.has(v.id);
      k.setAttribute("aria-pressed", String(gekozen));
      k.disabled = !gekozen && v.bedrag > rest;
      // Say why it cannot be chosen, on the option itself, instead of only turning it grey.
      const waarom = k.querySelector(".waarom");
      waarom.hidden = !k.disabled;
      waarom.textContent = k.disabled ? t("wijkbudget.teDuur", { rest: euro(rest) }) : "";
    });
    klaar.disabled = stem.gekozen.size === 0;
  };
  app.toon(stem.code ? el("p", { class: "een-keer" }, t("wijkbudget.eenKeer")) : null,
    inhoudEl("p", {}, item, "uitleg", b.uitleg, gevallen), over, spoor,
    el("div", { class: "voorstellen" }, knoppen), alleenNederlands(gevallen), klaar);
  werkBij();
}

function bevestig(app, stem) {
  const b = stem.budget;
  const gekozen = b.voorstellen.filter((v) => stem.gekozen.has(v.id));
  const totaal = gekozen.reduce((s, v) => s + v.bedrag, 0);
  app.titel(t("wijkbudget.bevestigTitel"));
  app.toon(el("p", {}, t("wijkbudget.uKiest")),
    el("ul", {}, gekozen.map((v) => el("li", {}, inhoudEl("span", {}, `wijkbudget/${b.id}/${v.id}`, "titel", v.titel), ": ", euro(v.bedrag)))),
    el("p", { class: "over" }, t("wijkbudget.totaal", { totaal: euro(totaal), rest: euro(b.bedrag - totaal) })),
    el("div", { class: "knoppen" },
      el("button", { type: "button", class: "knop hoofd", "data-actie": "stem", onclick: () => verstuur(app, stem) }, t("wijkbudget.stem")),
      el("button", { type: "button", class: "knop", onclick: () => kiezen(app, stem) }, t("terug"))));
}

async function verstuur(app, stem) {
  const r = await stuur(`api/wijkbudgetten/${encodeURIComponent(stem.budget.id)}/stembiljetten`,
    { voorstellen: [...stem.gekozen], stemcode: stem.code }).catch(() => ({ ok: false }));
  if (!r.ok) {
    app.meld(voorbeeldTeltNiet(r) ? t("voorbeeldTeltNiet") : r.status === 403 ? t("wijkbudget.codeGebruikt") : t("lukteNiet"));
    return;
  }
  app.titel(t("tegel.wijkbudget"));
  const bon = r.inhoud && r.inhoud.bon;
  app.toon(el("p", { class: "bedankt", role: "status" }, t("wijkbudget.bedankt")),
    bon ? el("p", { class: "bon", dir: "ltr", lang: "en", "data-bon": bon, "data-niet-voorlezen": true }, bon) : null,
    bon ? el("p", {}, t("wijkbudget.bon")) : null,
    el("p", {}, el("span", { lang: "nl", dir: "ltr" }, stem.budget.regel || "")),
    el("button", { type: "button", class: "knop hoofd", "data-actie": "klaar", onclick: () => app.ga("thuis") }, t("klaar")));
}
