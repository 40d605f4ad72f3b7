"use strict";
// Small SVG charts for the kiosk page: enough for a trend, no chart library to keep up to date.
window.Grafiek = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const B = 300, H = 120, M = 24;

  function svg(label) {
    const s = document.createElementNS(NS, "svg");
    s.setAttribute("viewBox", `0 0 ${B} ${H}`);
    s.setAttribute("role", "img");
    s.setAttribute("aria-label", label);
    return s;
  }

  function el(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function leeg(doel, label) {
    const p = document.createElement("p");
    p.textContent = `${label}: nog geen gegevens (onbekend).`;
    doel.replaceChildren(p);
  }

  function staven(doel, punten, label) {
    if (!punten.length) return leeg(doel, label);
    const max = Math.max(1, ...punten.map((p) => p.waarde));
    const s = svg(`${label}: ` + punten.map((p) => `${p.label} ${p.waarde}`).join(", "));
    const breed = (B - 2 * M) / punten.length;
    punten.forEach((p, i) => {
      const h = ((H - 2 * M) * p.waarde) / max;
      s.append(el("rect", { x: M + i * breed + 1, y: H - M - h, width: Math.max(1, breed - 2), height: h, fill: "#1d3557" }));
      s.append(el("text", { x: M + i * breed + breed / 2, y: H - M - h - 2, "font-size": 9, "text-anchor": "middle" }, String(p.waarde)));
    });
    s.append(el("text", { x: M, y: H - 6, "font-size": 9 }, punten[0].label));
    s.append(el("text", { x: B - M, y: H - 6, "font-size": 9, "text-anchor": "end" }, punten[punten.length - 1].label));
    doel.replaceChildren(s);
  }

  function lijn(doel, punten, label) {
    if (!punten.length) return leeg(doel, label);
    const ys = punten.map((p) => p.waarde);
    const min = Math.min(...ys), max = Math.max(...ys), span = max - min || 1;
    const x = (i) => M + ((B - 2 * M) * i) / Math.max(1, punten.length - 1);
    const y = (v) => H - M - ((H - 2 * M) * (v - min)) / span;
    const s = svg(`${label}: van ${min.toFixed(1)} tot ${max.toFixed(1)}, laatst ${ys[ys.length - 1].toFixed(1)}`);
    s.append(el("polyline", { points: punten.map((p, i) => `${x(i)},${y(p.waarde)}`).join(" "), fill: "none", stroke: "#1d3557", "stroke-width": 2 }));
    s.append(el("text", { x: 2, y: M, "font-size": 9 }, max.toFixed(1)));
    s.append(el("text", { x: 2, y: H - M, "font-size": 9 }, min.toFixed(1)));
    doel.replaceChildren(s);
  }

  return { staven, lijn };
})();
