// Plans in my wijk: a list beside a simple offline map (SVG outlines, no tile server), and below them the wijk's
// gebiedsagenda; per plan its phases and the next moments to take part.
import { el, svg, haal } from "./dom.js";
import { t, inhoud, inhoudEl, alleenNederlands, datum } from "./taal.js";
import { terugKnop } from "./peiling.js";

function komend(p) {
  const nu = Date.now();
  return (p.momenten || []).filter((m) => new Date(m.wanneer).getTime() >= nu)
    .sort((a, b) => new Date(a.wanneer) - new Date(b.wanneer));
}

export async function plannen(app) {
  app.titel(t("tegel.plannen"));
  const data = await haal("api/plannen").catch(() => ({ plannen: [] }));
  const lijst = data.plannen || [];
  const wijknaam = data.wijk && data.wijk.naam ? data.wijk.naam : "";
  const gevallen = [];
  if (!lijst.length) {
    app.toon(el("p", { class: "uitleg" }, t("plannen.geen")), gebiedsagenda(data.gebiedsagenda, wijknaam, gevallen),
      alleenNederlands(gevallen), terugKnop(app));
    return;
  }
  const kaarten = lijst.map((p, i) => {
    const item = `plan/${p.id}`;
    const volgende = komend(p)[0];
    return el("article", { class: "kaart", "data-plan": p.id },
      el("h2", {}, `${i + 1}. `, inhoudEl("span", {}, item, "titel", p.titel, gevallen)),
      volgende ? momentKort(item, p, volgende, gevallen) : el("p", {}, t("plannen.geenMoment")),
      el("button", { type: "button", class: "knop hoofd", "data-actie": "plan", onclick: () => app.ga("plan", p.id) }, t("plannen.meer")));
  });
  app.toon(el("div", { class: "plannen-met-kaart" },
    el("div", { class: "lijst" }, el("p", {}, t("plannen.intro", { wijk: wijknaam })), kaarten,
      gebiedsagenda(data.gebiedsagenda, wijknaam, gevallen), alleenNederlands(gevallen)),
    kaart(data.wijkkaart, data.wijk && data.wijk.code, lijst)));
}

// The wijk's gebiedsagenda below its plans: what the municipality and the wijk want together (goals) and what they
// will do for it (tasks), each line translated on its own ("doel1", "opgave2"), so one changed goal falls back alone.
function gebiedsagenda(agenda, wijknaam, gevallen) {
  if (!agenda || !agenda.wijk || !((agenda.doelen || []).length + (agenda.opgaven || []).length)) return null;
  const item = `gebiedsagenda/${agenda.wijk}`;
  const lijst = (soort, teksten) => el("ul", { class: "agenda-lijst", "data-agenda": soort },
    teksten.map((tekst, i) => inhoudEl("li", { "data-veld": `${soort}${i + 1}` }, item, `${soort}${i + 1}`, tekst, gevallen)));
  return el("section", { class: "kaart agenda", "data-gebiedsagenda": agenda.wijk, "aria-labelledby": "agenda-kop" },
    el("h2", { id: "agenda-kop" }, t("agenda.kop", { wijk: wijknaam })),
    el("p", {}, t("agenda.uitleg")),
    (agenda.doelen || []).length ? [el("h3", {}, t("agenda.doelen")), lijst("doel", agenda.doelen)] : null,
    (agenda.opgaven || []).length ? [el("h3", {}, t("agenda.opgaven")), lijst("opgave", agenda.opgaven)] : null);
}

function momentKort(item, p, m, gevallen) {
  const i = p.momenten.indexOf(m);
  return el("p", { class: "moment", "data-moment": "volgende" },
    el("strong", {}, t("plannen.volgendeMoment"), " "),
    inhoudEl("span", {}, `${item}/moment${i + 1}`, "wat", m.wat, gevallen), ": ",
    el("span", { class: "wanneer" }, datum(m.wanneer, true)), ", ",
    inhoudEl("span", {}, `${item}/moment${i + 1}`, "waar", m.waar, gevallen));
}

function kaart(wijkkaart, eigenWijk, lijst) {
  if (!wijkkaart || !wijkkaart.wijken) return el("div");
  const pins = lijst.map((p, i) => [p, i]).filter(([p]) => wijkkaart.plekken && wijkkaart.plekken[p.id]);
  const eigen = wijkkaart.wijken.find((w) => w.code === eigenWijk);
  return el("figure", { class: "wijkkaart", style: "margin:0" },
    svg("svg", { viewBox: wijkkaart.viewBox, role: "img", "aria-label": t("plannen.kaartUitleg", { wijk: eigen ? eigen.naam : "" }) },
      wijkkaart.wijken.map((w) => svg("path", { d: w.pad, class: w.code === eigenWijk ? "eigen" : "" })),
      wijkkaart.wijken.map((w) => { const e = svg("text", { x: w.labelX, y: w.labelY, "text-anchor": "middle" }); e.textContent = w.naam; return e; }),
      pins.map(([p, i]) => {
        const [x, y] = wijkkaart.plekken[p.id];
        const nr = svg("text", { x, y: y + 7, "text-anchor": "middle", class: "pin-nr" });
        nr.textContent = String(i + 1);
        return svg("g", {}, svg("circle", { cx: x, cy: y, r: 15, class: "pin" }), nr);
      })),
    el("figcaption", { class: "onderschrift" }, t("plannen.kaartSchematisch")));
}

export async function plan(app, id) {
  const data = await haal("api/plannen").catch(() => ({ plannen: [] }));
  const p = (data.plannen || []).find((x) => x.id === id);
  if (!p) return app.ga("plannen");
  const item = `plan/${p.id}`;
  const gevallen = [];
  const titel = inhoud(item, "titel", p.titel);
  app.titel(titel.tekst, titel.nl);
  const vandaag = new Date();
  const fasen = (p.fasen || []).map((f, i) => {
    const van = new Date(`${f.van}T00:00`), tot = new Date(`${f.tot}T23:59`);
    const stand = tot < vandaag ? "klaar" : van <= vandaag ? "nu" : "later";
    return el("li", { class: `fase ${stand}`, "aria-current": stand === "nu" ? "step" : undefined },
      el("strong", {}, inhoudEl("span", {}, `${item}/fase${i + 1}`, "naam", f.naam, gevallen)),
      el("br"), `${datum(`${f.van}T12:00`)} – ${datum(`${f.tot}T12:00`)}`,
      el("br"), el("span", {}, t(`plan.fase.${stand}`)));
  });
  const momenten = komend(p).map((m) => {
    const mi = `${item}/moment${p.momenten.indexOf(m) + 1}`;
    return el("div", { class: "moment", "data-moment": "komend" },
      el("h3", {}, inhoudEl("span", {}, mi, "wat", m.wat, gevallen)),
      el("p", {}, el("strong", {}, t("plan.wanneer"), " "), datum(m.wanneer, true)),
      el("p", {}, el("strong", {}, t("plan.waar"), " "), inhoudEl("span", {}, mi, "waar", m.waar, gevallen)),
      el("p", {}, el("strong", {}, t("plan.hoe"), " "), inhoudEl("span", {}, mi, "hoe", m.hoe, gevallen)));
  });
  app.toon(
    p.demo ? el("p", { class: "demo" }, t("voorbeeld")) : null,
    inhoudEl("p", {}, item, "samenvatting", p.samenvatting, gevallen),
    el("h2", {}, t("plan.meedoen")),
    momenten.length ? momenten : el("p", {}, t("plannen.geenMoment")),
    el("h2", {}, t("plan.tijdlijn")),
    el("ol", { class: "fasen" }, fasen),
    alleenNederlands(gevallen),
    el("div", { class: "knoppen" },
      el("button", { type: "button", class: "knop hoofd", "data-actie": "reageer", onclick: () => app.ga("idee", { over: inhoud(item, "titel", p.titel).tekst, plan: p.id }) }, t("plan.reageer")),
      el("button", { type: "button", class: "knop", onclick: () => app.ga("plannen") }, t("plan.alle"))));
}
