// Small DOM helpers shared by every screen.
export function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    // Set through the style object, not as an attribute: the staff's preview of this page runs under a content
    // security policy without inline styles, which refuses a style attribute but not this.
    else if (k === "style") e.style.cssText = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kinderen.flat()) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}

const SVG = "http://www.w3.org/2000/svg";
export function svg(tag, attrs, ...kinderen) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kinderen.flat()) if (k) e.append(k);
  return e;
}

export function ikoon(pad, klasse = "ikoon") {
  return svg("svg", { class: klasse, viewBox: "0 0 24 24", "aria-hidden": "true" }, svg("path", { d: pad }));
}

export const IKONEN = {
  peiling: "M4 4h16v12H7l-3 3zm4 5h2v3H8zm4-2h2v5h-2zm4 3h2v2h-2z",
  plannen: "M9 3 3 5v16l6-2 6 2 6-2V3l-6 2zm0 2.2 6 2v11.6l-6-2z",
  initiatieven: "M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM5 7a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zm14 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM7 21v-5a5 5 0 0 1 10 0v5zM1 21v-4a3.5 3.5 0 0 1 5-3.2V21zm22 0h-5v-7.2a3.5 3.5 0 0 1 5 3.2z",
  idee: "M12 2a7 7 0 0 1 4 12.7V17H8v-2.3A7 7 0 0 1 12 2zM9 19h6v1.5a1.5 1.5 0 0 1-1.5 1.5h-3A1.5 1.5 0 0 1 9 20.5z",
  gebeurd: "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1.2 13.6 6.4-6.4-1.4-1.4-5 5-2.4-2.4L7 11.8z",
  wijkbudget: "M4 6h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zm8 3a3 3 0 1 0 0 6 3 3 0 0 0 0-6z",
  ja: "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
  nee: "M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z",
  terug: "M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z",
};

// Five faces, from very unhappy to very happy: drawn here so no emoji font is needed on the kiosk.
export function gezicht(stand) {
  const mond = ["M8 17q4-4 8 0", "M8 16.5q4-2 8 0", "M8 16h8", "M8 15q4 2 8 0", "M7.5 14q4.5 5 9 0"][stand];
  const kleur = ["#8a2f10", "#a5531a", "#6b6b6b", "#3b7d3f", "#1d5c3a"][stand];
  return svg("svg", { viewBox: "0 0 24 24", "aria-hidden": "true" },
    svg("circle", { cx: 12, cy: 12, r: 10.5, fill: kleur }),
    svg("circle", { cx: 8.5, cy: 9.5, r: 1.4, fill: "#fff" }),
    svg("circle", { cx: 15.5, cy: 9.5, r: 1.4, fill: "#fff" }),
    svg("path", { d: mond, stroke: "#fff", "stroke-width": 1.8, fill: "none", "stroke-linecap": "round" }));
}

export async function haal(pad) {
  const antwoord = await fetch(pad);
  if (!antwoord.ok) throw new Error(`${pad} answered ${antwoord.status}`);
  return antwoord.json();
}

// One resident's visit, from home until the screen goes home again: wrong stemcodes count per visit, so one
// person's guesses never lock out the next.
let sessie = nieuweId();
function nieuweId() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2);
}
export function nieuweSessie() {
  sessie = nieuweId();
}

// The staff's "Voorbeeld op de kiosk" shows this page with a draft and takes nothing it sends: it says so with a
// problem of its own type, so the page does not blame the resident's code or connection.
export function voorbeeldTeltNiet(antwoord) {
  return Boolean(antwoord && antwoord.inhoud && antwoord.inhoud.type === "/problems/voorbeeld-telt-niet");
}

export async function stuur(pad, body) {
  const antwoord = await fetch(pad, {
    method: "POST", headers: { "Content-Type": "application/json", "X-Buurtstem-Sessie": sessie }, body: JSON.stringify(body),
  });
  let inhoud = null;
  try { inhoud = await antwoord.json(); } catch (e) { /* empty body */ }
  return { status: antwoord.status, ok: antwoord.ok, inhoud };
}
