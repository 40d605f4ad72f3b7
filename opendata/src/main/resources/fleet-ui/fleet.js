"use strict";
// The staff dashboard for the kiosk fleet: overview, wijk map, a kiosk's own page, alerts and audit log.
const API = "/api/beheer";
const $ = (id) => document.getElementById(id);
let laatsteOverzicht = null;
let screenshotVan = null;

function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  kinderen.filter((k) => k !== null && k !== undefined).forEach((k) => e.append(k));
  return e;
}

/** Staff are signed in with their own login, the same for every staff page (the API key is for scripts). */
async function api(pad, opties = {}) {
  const antwoord = await fetch(API + pad, opties);
  if (antwoord.status === 401) {
    const fout = new Error("niet ingelogd");
    fout.nietIngelogd = true;
    throw fout;
  }
  return antwoord;
}

/** Not (or no longer) logged in: to the one login page, which brings them back here. */
function naarInloggen() {
  location.href = `/beheer/login?terug=${encodeURIComponent(location.pathname)}`;
}

function statusLabel(status) {
  return el("span", { class: `status status-${status.code}`, "data-status": status.code },
    el("span", { class: "icoon", "aria-hidden": "true" }, status.icoon), status.woorden);
}

function geleden(tijd) {
  if (!tijd) return "nooit";
  const s = Math.max(0, Math.round((Date.now() - Date.parse(tijd)) / 1000));
  if (s < 60) return `${s} s geleden`;
  if (s < 3600) return `${Math.round(s / 60)} min geleden`;
  if (s < 86400) return `${Math.round(s / 3600)} uur geleden`;
  return new Date(tijd).toLocaleString("nl-NL");
}

/** The buurthuis, when the kiosk's name does not already say it. */
const buurthuis = (k) => (k.buurthuis && k.buurthuis !== k.naam ? k.buurthuis : null);
const onbekend = (v, eenheid = "") => (v === null || v === undefined ? "onbekend" : `${v}${eenheid}`);
const janee = (v, ja, nee) => (v === null || v === undefined ? "onbekend" : v ? ja : nee);

async function laadOverzicht() {
  const overzicht = await (await api("/kiosks")).json();
  laatsteOverzicht = overzicht;
  const telling = {};
  overzicht.kiosks.forEach((k) => { telling[k.stand.code] = telling[k.stand.code] || { ...k.stand, n: 0 }; telling[k.stand.code].n++; });
  $("telling").replaceChildren(...Object.values(telling).map((t) =>
    el("li", { class: `status-${t.code}` }, el("span", { "aria-hidden": "true" }, t.icoon + " "), `${t.woorden}: ${t.n}`)));
  $("kiosklijst").tBodies[0].replaceChildren(...overzicht.kiosks.map((k) => {
    const h = k.hartslag || {};
    return el("tr", { "data-kiosk": k.id },
      el("td", {}, statusLabel(k.stand)),
      el("td", {}, el("a", { href: `#kiosk/${k.id}` }, k.naam), buurthuis(k) ? el("div", {}, buurthuis(k)) : null),
      el("td", {}, k.wijkNaam || k.wijk),
      el("td", {}, geleden(k.laatstGezien)),
      el("td", {}, onbekend(h.software)),
      el("td", {}, onbekend(h.outbox)),
      el("td", {}, onbekend(h.answersToday)),
      el("td", {}, onbekend(h.cpuTemperature, " °C")),
      el("td", {}, k.alerts.length ? k.alerts.map((a) => a.titel).join("; ") : "geen"));
  }));
  tekenKaart(overzicht);
  $("kaart").replaceChildren(...overzicht.wijken.map((w) => {
    const hier = overzicht.kiosks.filter((k) => k.wijk === w.code);
    return el("div", { class: "wijk", "data-wijk": w.code }, el("h3", {}, `${w.naam} (${w.code})`),
      hier.length ? el("ul", {}, ...hier.map((k) => el("li", {}, statusLabel(k.stand), " ", el("a", { href: `#kiosk/${k.id}` }, k.naam))))
        : el("p", {}, "Geen kiosk in deze wijk."));
  }));
}

/** The wijk outlines the kiosks also draw, with each kiosk as a dot, its icon and its status word. */
function tekenKaart(overzicht) {
  const kaart = overzicht.kaart;
  if (!kaart) return $("kaart-svg").replaceChildren();
  const NS = "http://www.w3.org/2000/svg";
  const svg = (tag, attrs, tekst) => {
    const e = document.createElementNS(NS, tag);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (tekst !== undefined) e.textContent = tekst;
    return e;
  };
  const s = svg("svg", { viewBox: kaart.viewBox, role: "group", "aria-label": "Wijkkaart met de kiosks en hun status" });
  // Outlines first, then names and kiosks, so no outline covers a neighbour's kiosk.
  kaart.wijken.forEach((w) => s.append(svg("path", { d: w.pad })));
  kaart.wijken.forEach((w) => {
    s.append(svg("text", { x: w.labelX, y: w.labelY, class: "wijknaam" }, w.naam));
    overzicht.kiosks.filter((k) => k.wijk === w.code).forEach((k, i) => {
      const y = w.labelY + 12 + i * 12;
      const link = svg("a", { href: `#kiosk/${k.id}`, "data-kaart-kiosk": k.id });
      link.append(svg("title", {}, `${k.naam}: ${k.stand.woorden}`),
        svg("circle", { cx: w.labelX - 30, cy: y - 3, r: 4, class: `stip-${k.stand.code}` }),
        svg("text", { x: w.labelX - 24, y, class: `kiosk-teken status-${k.stand.code}` }, `${k.stand.icoon} ${k.stand.woorden} · ${k.naam.length > 22 ? k.naam.slice(0, 21) + "…" : k.naam}`));
      s.append(link);
    });
  });
  $("kaart-svg").replaceChildren(s);
}

async function laadKiosk(id) {
  const antwoord = await api(`/kiosks/${encodeURIComponent(id)}`);
  if (!antwoord.ok) {
    $("kiosk-naam").textContent = "Deze kiosk bestaat niet.";
    return;
  }
  const k = await antwoord.json();
  const h = k.hartslag || {};
  $("kiosk-naam").textContent = `${k.naam}${buurthuis(k) ? " — " + buurthuis(k) : ""}`;
  $("kiosk-status").replaceChildren(statusLabel(k.stand), ` · laatst gezien ${geleden(k.laatstGezien)}`);
  const vrij = h.diskFreeBytes && h.diskTotalBytes ? `${(h.diskFreeBytes / 1e9).toFixed(1)} GB (${Math.round((100 * h.diskFreeBytes) / h.diskTotalBytes)}%)` : onbekend(h.diskFreeBytes);
  const regels = [
    ["Wijk", k.wijkNaam || k.wijk], ["Softwareversie", onbekend(h.software)],
    ["App draait", h.uptimeSeconds == null ? "onbekend" : `${(h.uptimeSeconds / 3600).toFixed(1)} uur`],
    ["Laatste sync", h.lastSync ? geleden(h.lastSync) : "onbekend"], ["Nog te versturen naar de centrale", onbekend(h.outbox)],
    ["Antwoorden vandaag", onbekend(h.answersToday)], ["CPU-temperatuur", onbekend(h.cpuTemperature, " °C")],
    ["Trager door warmte of stroom", janee(h.throttled, "ja", "nee")], ["Onderspanning", janee(h.underVoltage, "ja", "nee")],
    ["Vrije schijfruimte", vrij], ["Bescherming tegen stroomuitval", opslag(h)], ["Scherm", janee(h.screenOn, "aan", "uit")],
    ["Kioskpagina", janee(h.pageAlive, "leeft", "reageert niet")], ["Herstarts door waakhond", onbekend(h.watchdogRestarts)],
    ["Laatste fout", h.lastError || "geen"], ["Alarmen nu", k.alerts.length ? k.alerts.map((a) => `${a.titel} (${a.detail})`).join("; ") : "geen"],
  ];
  $("kiosk-gezondheid").replaceChildren(...regels.flatMap(([t, d]) => [el("dt", {}, t), el("dd", {}, String(d))]));
  $("gebeurtenissen").replaceChildren(...k.gebeurtenissen.map((g) => el("li", {}, `${new Date(g.at).toLocaleString("nl-NL")}: ${g.wat}`)));
  $("actielog").replaceChildren(...k.acties.map((a) => el("li", { "data-actie": a.soort },
    `${new Date(a.gevraagd).toLocaleString("nl-NL")}: ${actieNaam(a.soort)} door ${a.door} — `
      + (a.klaar ? (a.ok ? "gedaan" : "mislukt") + (a.bericht ? ` (${a.bericht})` : "") : a.verstuurd ? "onderweg" : "wacht op de kiosk"))));
  $("kiosk-alarmen").replaceChildren(...k.alertLog.map(alarmRegel));
  if (k.screenshot && screenshotVan !== `${id}@${k.screenshot.at}`) {
    const blob = await (await api(`/kiosks/${encodeURIComponent(id)}/schermafdruk`)).blob();
    const img = el("img", { src: URL.createObjectURL(blob), alt: `Schermafbeelding van ${k.naam}` });
    $("screenshot").replaceChildren(img, el("figcaption", {}, `Gemaakt ${new Date(k.screenshot.at).toLocaleString("nl-NL")}`));
    screenshotVan = `${id}@${k.screenshot.at}`;
  }
  const trend = await (await api(`/kiosks/${encodeURIComponent(id)}/trend`)).json();
  $("gezondheid-historie").tBodies[0].replaceChildren(...trend.recent.map((r) => el("tr", {},
    el("td", {}, new Date(r.at).toLocaleTimeString("nl-NL")), el("td", {}, onbekend(r.celsius, " °C")),
    el("td", {}, onbekend(r.outbox)), el("td", {}, onbekend(r.diskFreePercent, "%")),
    el("td", {}, janee(r.pageAlive, "leeft", "reageert niet")),
    el("td", {}, r.underVoltage ? "onderspanning" : r.throttled ? "trager" : janee(r.underVoltage, "goed", "goed")))));
  Grafiek.staven($("trend-antwoorden"), trend.answersPerDay.map((p) => ({ label: p.day, waarde: p.answers })), "Antwoorden per dag");
  Grafiek.lijn($("trend-uptime"), trend.uptime.map((p) => ({ waarde: p.hours })), "Looptijd in uren");
  Grafiek.lijn($("trend-temperatuur"), trend.temperature.map((p) => ({ waarde: p.celsius })), "CPU-temperatuur");
}

/** Whether the card survives a pulled plug as first boot meant it to (docs/guides/it.md, "Known limitation"). */
function opslag(h) {
  if (h.dataPartition == null && h.rootReadOnly == null) return "onbekend";
  if (h.dataPartition && h.rootReadOnly) return "goed: eigen datapartitie, systeem alleen-lezen";
  return (h.dataPartition ? "eigen datapartitie" : "geen eigen datapartitie")
    + (h.rootReadOnly ? ", systeem alleen-lezen" : ", systeem schrijfbaar") + " (zie de IT-handleiding)";
}

function actieNaam(code) {
  const knop = document.querySelector(`#acties button[data-actie="${code}"]`);
  return knop ? knop.textContent : code === "show-message" ? "Bericht tonen" : code;
}

function alarmRegel(a) {
  return el("li", { "data-alarm": a.soort },
    `${new Date(a.geopend).toLocaleString("nl-NL")}: ${a.titel} — ${a.detail}`
      + (a.gesloten ? `; opgelost ${new Date(a.gesloten).toLocaleString("nl-NL")}` : "; loopt nog")
      + (a.melding ? `; ${bezorging(a.melding, "melding")}` : "") + (a.herstelmelding ? `; ${bezorging(a.herstelmelding, "herstelmelding")}` : ""));
}

/** How an alert was delivered, in words ("webhook 204" and "mail to 2 recipient(s)" are for IT and scripts). */
function bezorging(log, wat) {
  const gelukt = /(webhook 2\d\d|mail to)/.test(log) && !/failed/.test(log);
  const kanalen = [/webhook/.test(log) ? "koppeling" : null, /mail/.test(log) ? "e-mail" : null].filter(Boolean).join(" en ");
  return gelukt ? `${wat} verstuurd per ${kanalen}` : `${wat} nog niet aangekomen; wordt opnieuw geprobeerd`;
}

async function vraagActie(type, extra = {}) {
  const id = location.hash.slice("#kiosk/".length);
  const antwoord = await api(`/kiosks/${encodeURIComponent(id)}/acties`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ type, ...extra }) });
  const body = await antwoord.json();
  $("actie-melding").textContent = antwoord.ok ? "Gevraagd; de kiosk krijgt het bij zijn volgende hartslag." : `Niet gelukt: ${inWoorden(body)}`;
  await laadKiosk(id);
}

/**
 * A refusal in the staff's words. The central node's problem details are written for programs, in English; its
 * problem type says what went wrong, and that is what staff read here.
 */
const WEIGERINGEN = {
  "role-not-allowed": "dat mag je rol niet. Vraag het een collega die het wel mag, zoals de beheerder.",
  "kiosk-revoked": "deze kiosk is ingetrokken en voert geen acties meer uit.",
  "invalid-message": "schrijf een bericht van ten hoogste 280 tekens en kies 1 tot 1440 minuten.",
};

function inWoorden(probleem) {
  const type = String(probleem.type || "").split("/").pop();
  return KAN_NIET_AANMELDEN[probleem.reden] || WEIGERINGEN[type]
    || `er ging iets mis (${type || "onbekende fout"}). Probeer het zo nog eens; lukt het dan niet, vraag het ICT.`;
}

const KAN_NIET_AANMELDEN = {
  "geen-admin": "Alleen een beheerder (admin) kan een kiosk aanmelden.",
  "geen-release": "Er is nog geen kiosk-release gepubliceerd. Zonder de sleutel daarvan kan een kiosk zijn software "
    + "nooit installeren; zie docs/guides/it.md.",
};
let wijkenIngevuld = false;

async function laadAanmelden() {
  const kan = await (await api("/opstartkaart")).json();
  $("aanmelden-kan-niet").hidden = kan.kan;
  $("aanmelden-kan-niet").textContent = kan.kan ? "" : KAN_NIET_AANMELDEN[kan.reden] || kan.reden;
  $("aanmelden-form").querySelector("button[type=submit]").disabled = !kan.kan;
  // Filled once: the page refreshes every few seconds and must not undo a choice being made.
  if (!wijkenIngevuld) {
    const overzicht = laatsteOverzicht || (await (await api("/kiosks")).json());
    $("kaart-wijk").append(...overzicht.wijken.map((w) => el("option", { value: w.code }, `${w.naam} (${w.code})`)));
    wijkenIngevuld = true;
  }
}

/** The form's fields by the names the central node gives its errors. */
const KAARTVELDEN = {
  naam: "kaart-naam", wijk: "kaart-wijk", openingstijden: "kaart-open", scherm: "kaart-scherm",
  rotatie: "kaart-rotatie", wifi: "kaart-wifi", wifiWachtwoord: "kaart-wifi-wachtwoord", sshSleutel: "kaart-ssh",
};

/** Each error in Dutch just above its field, linked to it for screen readers; the first wrong field gets the focus. */
function toonVeldfouten(velden) {
  document.querySelectorAll("#aanmelden-form .utrecht-form-field-error-message").forEach((e) => e.remove());
  for (const id of Object.values(KAARTVELDEN)) {
    const veld = $(id);
    veld.removeAttribute("aria-invalid");
    veld.setAttribute("aria-describedby", (veld.getAttribute("aria-describedby") || "").replace(`${id}-fout`, "").trim());
  }
  const fout = Object.entries(velden).filter(([naam]) => KAARTVELDEN[naam]);
  for (const [naam, tekst] of fout) {
    const veld = $(KAARTVELDEN[naam]);
    veld.before(el("div", { class: "utrecht-form-field-error-message", id: `${veld.id}-fout` }, tekst));
    veld.setAttribute("aria-invalid", "true");
    veld.setAttribute("aria-describedby", `${veld.id}-fout ${veld.getAttribute("aria-describedby") || ""}`.trim());
  }
  if (fout.length) $(KAARTVELDEN[fout[0][0]]).focus();
}

async function meldAan() {
  const waarde = (id) => $(id).value.trim();
  toonVeldfouten({});
  $("aanmelden-melding").textContent = "Bezig met aanmelden…";
  $("aanmelden-klaar").hidden = true;
  const antwoord = await api("/opstartkaart", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      naam: waarde("kaart-naam"), buurthuis: waarde("kaart-buurthuis"), wijk: $("kaart-wijk").value,
      openingstijden: waarde("kaart-open"), scherm: $("kaart-scherm").value, rotatie: Number($("kaart-rotatie").value),
      wifi: waarde("kaart-wifi"), wifiWachtwoord: $("kaart-wifi-wachtwoord").value, sshSleutel: $("kaart-ssh").value,
    }),
  });
  if (!antwoord.ok) {
    const probleem = await antwoord.json();
    if (probleem.velden) {
      toonVeldfouten(probleem.velden);
      $("aanmelden-melding").textContent = "Niet gelukt: verbeter wat bij de velden staat. Er is niets aangemeld.";
    } else {
      $("aanmelden-melding").textContent = `Niet gelukt: ${inWoorden(probleem)}`;
    }
    return;
  }
  const kioskId = antwoord.headers.get("X-Kiosk-Id");
  const naam = waarde("kaart-naam");
  const download = $("aanmelden-download");
  download.href = URL.createObjectURL(await antwoord.blob());
  download.download = `opstartkaart-${kioskId}.zip`;
  download.click();
  $("aanmelden-form").reset();
  $("aanmelden-melding").textContent = `${naam} is aangemeld (${kioskId}). De opstartkaart is gedownload.`;
  $("aanmelden-klaar").hidden = false;
}

async function toon() {
  const hash = location.hash;
  $("overzicht").hidden = hash !== "" && hash !== "#";
  $("kiosk").hidden = !hash.startsWith("#kiosk/");
  $("alarmen").hidden = hash !== "#alarmen";
  $("audit").hidden = hash !== "#audit";
  $("aanmelden").hidden = hash !== "#aanmelden";
  try {
    if (hash.startsWith("#kiosk/")) await laadKiosk(decodeURIComponent(hash.slice(7)));
    else if (hash === "#alarmen") $("alarmlog").replaceChildren(...(await (await api("/alarmen")).json()).map(alarmRegel));
    else if (hash === "#aanmelden") await laadAanmelden();
    else if (hash === "#audit") $("auditlog").replaceChildren(...(await (await api("/audit?soort=kiosk")).json()).map((r) =>
      el("li", {}, `${new Date(r.tijd).toLocaleString("nl-NL")}: ${r.wie} (${r.rol}) — ${r.ref || ""}: ${r.actie}`)));
    else await laadOverzicht();
    $("beheer").hidden = false;
  } catch (e) {
    if (e.nietIngelogd) naarInloggen();
    // Otherwise the central node restarts: the next refresh tries again.
  }
}

document.querySelectorAll("#acties button").forEach((b) => b.addEventListener("click", () => {
  const zwaar = b.dataset.actie === "reboot" || b.dataset.actie === "restart-app";
  if (!zwaar || confirm(`${b.textContent}? Wie nu bij de kiosk staat, wordt onderbroken.`)) vraagActie(b.dataset.actie);
}));
$("bericht-form").addEventListener("submit", (e) => {
  e.preventDefault();
  vraagActie("show-message", { text: $("bericht-tekst").value, seconds: Number($("bericht-minuten").value) * 60 });
});
$("aanmelden-form").addEventListener("submit", (e) => {
  e.preventDefault();
  meldAan().catch((fout) => {
    $("aanmelden-melding").textContent = fout.nietIngelogd ? "Je bent niet meer ingelogd; log opnieuw in. Er is niets aangemeld."
      : "De centrale is niet bereikbaar. Probeer het zo nog eens.";
  });
});
window.addEventListener("hashchange", toon);
setInterval(toon, 5000);
toon();
