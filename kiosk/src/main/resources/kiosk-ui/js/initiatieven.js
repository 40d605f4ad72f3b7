// Initiatives of neighbours, and the municipality's menukaart 'from idea to realisation', one step per page.
import { el, svg, haal } from "./dom.js";
import { t, taal, inhoudEl, inhoud, alleenNederlands, euro } from "./taal.js";
import { terugKnop } from "./peiling.js";

export async function initiatieven(app) {
  app.titel(t("tegel.initiatieven"));
  const data = await haal("api/initiatieven").catch(() => ({ initiatieven: [] }));
  const gevallen = [];
  const kaarten = (data.initiatieven || []).map((x) => {
    const item = `initiatief/${x.id}`;
    // "From the wijk …" heads the card, above the photo: on a small screen the first example's mark is then in view.
    return el("article", { class: "kaart", "data-initiatief": x.id },
      x.uitWijk ? el("p", { class: "uit-wijk", "data-uit-wijk": x.uitWijk.code }, t("initiatief.uitWijk", { wijk: x.uitWijk.naam })) : null,
      x.fotoOpKiosk ? el("img", { class: "foto", "data-foto": x.id, src: `api/initiatieven/${encodeURIComponent(x.id)}/foto`,
        alt: inhoud(item, "fotoBeschrijving", x.foto.beschrijving).tekst, lang: inhoud(item, "fotoBeschrijving", x.foto.beschrijving).nl ? "nl" : undefined, dir: inhoud(item, "fotoBeschrijving", x.foto.beschrijving).nl ? "ltr" : undefined })
        : illustratie(),
      el("h2", {}, inhoudEl("span", {}, item, "titel", x.titel, gevallen)),
      x.demo ? el("p", { class: "demo" }, t("voorbeeld")) : null,
      inhoudEl("p", {}, item, "verhaal", x.verhaal, gevallen),
      el("p", { class: "moment" }, el("strong", {}, t("initiatief.meedoen"), " "), inhoudEl("span", {}, item, "meedoen", x.meedoen, gevallen)));
  });
  app.toon(
    el("button", { type: "button", class: "knop hoofd", "data-actie": "menukaart", onclick: () => app.ga("menukaart", 0) }, t("initiatief.zelf")),
    // A wijk without initiatives of its own gets examples from neighbouring wijken, each marked as from elsewhere.
    kaarten.length && (data.initiatieven || []).every((x) => x.uitWijk) ? el("p", { class: "uitleg", "data-buren": "" }, t("initiatief.geenMaarBuren")) : null,
    kaarten.length ? kaarten : el("p", { class: "uitleg" }, t("initiatief.geen")),
    alleenNederlands(gevallen));
}

// Used while an initiative has no photo of its own: a calm drawing of neighbours together, not a fake photo.
function illustratie() {
  return svg("svg", { class: "foto", viewBox: "0 0 300 90", "aria-hidden": "true", preserveAspectRatio: "xMidYMid meet" },
    svg("rect", { x: 0, y: 70, width: 300, height: 20, fill: "#9cc7a4" }),
    ...[60, 120, 180, 240].map((x, i) => svg("g", {},
      svg("circle", { cx: x, cy: 30, r: 10, fill: ["#0b3d6e", "#8a2f10", "#5b2a86", "#0f5e66"][i] }),
      svg("rect", { x: x - 12, y: 42, width: 24, height: 28, rx: 8, fill: ["#0b3d6e", "#8a2f10", "#5b2a86", "#0f5e66"][i] }))));
}

export async function menukaart(app, stap = 0) {
  app.titel(t("menukaart.titel"));
  const data = await haal("api/initiatieven").catch(() => ({}));
  const stappen = (data.menukaart && data.menukaart.stappen) || [];
  const s = stappen[stap];
  if (!s) {
    app.toon(el("p", { class: "uitleg" }, t("menukaart.geen")), terugKnop(app));
    return;
  }
  const item = `menukaart/${s.id}`;
  const gevallen = [];
  app.toon(
    el("ol", { class: "stappen", "aria-label": t("menukaart.stappen") }, stappen.map((x, i) =>
      el("li", { "aria-current": i === stap ? "step" : undefined }, String(i + 1)))),
    el("h2", {}, t("menukaart.stap", { nummer: stap + 1, totaal: stappen.length }), " ", inhoudEl("span", {}, item, "titel", s.titel, gevallen)),
    el("div", { class: "kaart" },
      el("h3", {}, t("menukaart.aanbod")), inhoudEl("p", {}, item, "aanbod", s.aanbod, gevallen),
      el("h3", {}, t("menukaart.verwacht")), inhoudEl("p", {}, item, "verwacht", s.verwacht, gevallen)),
    s.fondsen && s.fondsen.length ? el("div", { class: "kaart" }, el("h3", {}, t("menukaart.fondsen")),
      el("ul", {}, s.fondsen.map((f) => el("li", {}, el("strong", { lang: "nl", dir: "ltr" }, f.naam), ": ",
        t("menukaart.tot", { bedrag: euro(f.totEuro) }), ". ", el("span", { lang: "nl", dir: "ltr" }, f.voorwaarden))))) : null,
    alleenNederlands(s.fondsen && s.fondsen.length && taal() !== "nl" ? [...gevallen, "fondsen"] : gevallen),
    el("div", { class: "knoppen" },
      stap > 0 ? el("button", { type: "button", class: "knop", "data-actie": "vorige", onclick: () => app.ga("menukaart", stap - 1) }, t("vorige")) : null,
      stap + 1 < stappen.length
        ? el("button", { type: "button", class: "knop hoofd", "data-actie": "volgende", onclick: () => app.ga("menukaart", stap + 1) }, t("volgende"))
        : el("button", { type: "button", class: "knop hoofd", "data-actie": "idee", onclick: () => app.ga("idee") }, t("menukaart.ideeAchterlaten"))));
}
