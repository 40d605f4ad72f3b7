// The idea box: type with the on-screen keyboard, pick a theme, optionally leave a phone number or e-mail with
// explicit consent. The kiosk queues the idea like an answer; contact details go only to the central node.
import { el, stuur, voorbeeldTeltNiet } from "./dom.js";
import { t, taal } from "./taal.js";
import { toetsenbord } from "./toetsenbord.js";

const THEMAS = ["groen", "spelen", "verkeer", "samen", "veilig", "anders"];

export function idee(app, context = {}) {
  // The plan (or poll) it was given at travels along, so the municipality reads it there.
  const concept = { tekst: context.over ? `${context.over}: ` : "", thema: null, plan: context.plan, peiling: context.peiling };
  typen(app, concept);
}

function invoer(id, label, waarde) {
  const veld = el("textarea", { id, readonly: true, inputmode: "none", rows: 2, "aria-describedby": `${id}-uitleg` });
  veld.value = waarde;
  return { veld, label: el("label", { for: id }, label) };
}

function bord(veld, extra = {}) {
  return toetsenbord(veld, taal(), {
    label: t("toetsenbord"), wisLabel: t("toets.wis"), spatieLabel: t("toets.spatie"), latijnLabel: t("toets.latijn"), ...extra,
  });
}

function typen(app, concept) {
  app.titel(t("idee.titel"));
  const { veld, label } = invoer("idee-tekst", t("idee.schrijf"), concept.tekst);
  const verder = el("button", { type: "button", class: "knop hoofd", "data-actie": "verder", disabled: !concept.tekst.trim(),
    onclick: () => { concept.tekst = veld.value.trim(); thema(app, concept); } }, t("verder"));
  veld.addEventListener("input", () => { verder.disabled = !veld.value.trim(); });
  veld.setAttribute("placeholder", t("idee.schrijf"));
  app.scherm.className = "met-toetsenbord";
  app.toon(el("div", { class: "typen" }, label, veld, verder), el("p", { id: "idee-tekst-uitleg", hidden: true }, t("idee.schrijf")), bord(veld));
}

function thema(app, concept) {
  app.scherm.className = "";
  app.titel(t("idee.themaVraag"));
  app.toon(el("div", { class: "opties" }, THEMAS.map((x) => el("button", {
    type: "button", class: "knop thema", "data-thema": x, onclick: () => { concept.thema = x; contact(app, concept); },
  }, t(`thema.${x}`)))), el("button", { type: "button", class: "knop", onclick: () => typen(app, concept) }, t("terug")));
}

function contact(app, concept) {
  app.scherm.className = "";
  app.titel(t("idee.contactVraag"));
  app.toon(el("p", {}, t("idee.contactUitleg")), el("div", { class: "knoppen" },
    el("button", { type: "button", class: "knop hoofd", "data-actie": "zonder-contact", onclick: () => verstuur(app, concept, null) }, t("idee.zonderContact")),
    el("button", { type: "button", class: "knop", "data-actie": "met-contact", onclick: () => contactTypen(app, concept) }, t("idee.metContact"))));
}

function contactTypen(app, concept) {
  app.titel(t("idee.contactTitel"));
  const { veld, label } = invoer("idee-contact", t("idee.contactVeld"), "");
  // A phone number or e-mail address reads left to right, also on an Arabic screen.
  veld.dir = "ltr";
  const verder = el("button", { type: "button", class: "knop hoofd", "data-actie": "verder", disabled: true,
    onclick: () => toestemming(app, concept, veld.value.trim()) }, t("verder"));
  veld.addEventListener("input", () => { verder.disabled = !veld.value.trim(); });
  app.scherm.className = "met-toetsenbord";
  app.toon(el("div", { class: "typen" }, label, veld, verder),
    el("p", { id: "idee-contact-uitleg", hidden: true }, t("idee.contactVeld")),
    bord(veld, { begin: "123", geenHoofdletter: true, max: 100 }));
}

// Consent is its own step and its own tap, with the words of what one agrees to on the button's screen.
function toestemming(app, concept, contact) {
  app.scherm.className = "";
  app.titel(t("idee.toestemmingTitel"));
  app.toon(el("p", { class: "uitleg" }, t("idee.toestemming")), el("p", {}, el("strong", { dir: "ltr", "data-niet-voorlezen": true }, contact)),
    el("div", { class: "knoppen" },
      el("button", { type: "button", class: "knop hoofd", "data-actie": "toestemming", onclick: () => verstuur(app, concept, contact) }, t("idee.geefToestemming")),
      el("button", { type: "button", class: "knop", "data-actie": "zonder-contact", onclick: () => verstuur(app, concept, null) }, t("idee.zonderContact"))));
}

async function verstuur(app, concept, contact) {
  const body = { tekst: concept.tekst, thema: concept.thema, taal: taal() };
  if (concept.plan) body.plan = concept.plan;
  if (concept.peiling) body.peiling = concept.peiling;
  if (contact) Object.assign(body, { contact, toestemming: true });
  let antwoord;
  try {
    antwoord = await stuur("api/ideeen", body);
  } catch (e) {
    antwoord = { ok: false, inhoud: null };
  }
  if (!antwoord.ok) {
    const soort = antwoord.inhoud && antwoord.inhoud.type;
    if (soort === "/problems/invalid-contact") {
      contactTypen(app, concept);
      app.meld(t("idee.contactOngeldig"));
    } else {
      app.meld(voorbeeldTeltNiet(antwoord) ? t("voorbeeldTeltNiet") : t("lukteNiet"));
    }
    return;
  }
  app.scherm.className = "";
  app.titel(t("idee.titel"));
  const bon = antwoord.inhoud && antwoord.inhoud.bon;
  app.toon(el("p", { class: "bedankt", role: "status" }, t("idee.bedankt")),
    bon ? el("p", { class: "bon", dir: "ltr", lang: "en", "data-bon": bon, "data-niet-voorlezen": true }, bon) : null,
    bon ? el("p", {}, t("idee.bon")) : null,
    el("p", {}, t("idee.watNu")),
    el("button", { type: "button", class: "knop hoofd", "data-actie": "klaar", onclick: () => app.ga("thuis") }, t("klaar")));
}
