"use strict";
// The staff content page: list, open, save a draft, publish and withdraw, through the JSON staff API.
const $ = (id) => document.getElementById(id);
let huidig = null;
async function api(method, path, body) {
  const res = await fetch(path, { method, headers: body ? { "Content-Type": "application/json" } : {}, body });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Error(data && data.detail ? data.detail : res.status);
  return data;
}
async function lijst() {
  const soort = $("soort").value;
  const rows = await api("GET", `/api/beheer/inhoud/${soort}`);
  const tbody = $("lijst").querySelector("tbody");
  tbody.textContent = "";
  for (const r of rows) {
    const tr = tbody.insertRow();
    const a = document.createElement("a");
    a.href = "#"; a.textContent = r.ref;
    a.addEventListener("click", (e) => { e.preventDefault(); open(r.ref); });
    tr.insertCell().append(a);
    tr.insertCell().textContent = r.titel;
    tr.insertCell().textContent = r.status;
    tr.insertCell().textContent = r.heeftConcept ? "ja" : "";
  }
}
async function open(ref) {
  const soort = $("soort").value;
  const item = await api("GET", `/api/beheer/inhoud/${soort}/${ref}`);
  huidig = ref;
  $("editor").hidden = false;
  $("kop").textContent = `${soort} ${ref} (${item.status})`;
  $("json").value = JSON.stringify(item.concept || item.gepubliceerd, null, 2);
  $("document").href = item.document;
  $("melding").textContent = "";
}
async function doe(actie) {
  const soort = $("soort").value;
  try {
    if (actie === "opslaan") {
      const body = $("json").value;
      const ref = JSON.parse(body).id || JSON.parse(body).code;
      await api("PUT", `/api/beheer/inhoud/${soort}/${ref}`, body);
      huidig = ref;
    } else {
      await api("POST", `/api/beheer/inhoud/${soort}/${huidig}/${actie}`);
    }
    $("melding").textContent = "Gelukt.";
    await lijst();
    await open(huidig);
  } catch (e) { $("melding").textContent = "Niet gelukt: " + e.message; }
}
$("opslaan").addEventListener("click", () => doe("opslaan"));
$("publiceren").addEventListener("click", () => doe("publiceren"));
$("intrekken").addEventListener("click", () => doe("intrekken"));
$("soort").addEventListener("change", lijst);
$("nieuw").addEventListener("click", () => {
  huidig = null; $("editor").hidden = false; $("kop").textContent = "Nieuw concept";
  $("json").value = '{\n  "id": "nieuwe-ref"\n}';
});
$("uitloggen").addEventListener("click", async () => { await fetch("/api/beheer/logout", { method: "POST" }); location.href = "/beheer/login"; });
(async () => {
  const ik = await api("GET", "/api/beheer/ik");
  $("ik").textContent = `Ingelogd als ${ik.naam} (${ik.rol.toLowerCase()})`;
  for (const s of await api("GET", "/api/beheer/inhoud")) {
    const o = document.createElement("option"); o.value = s; o.textContent = s; $("soort").append(o);
  }
  await lijst();
})();
