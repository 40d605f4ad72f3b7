// A logged-in admin's Chromium visits a page elsewhere: on the same host but another port (same site, so the
// SameSite=Strict cookie goes along), and on another site. That page tries what the issue found: a text/plain form
// whose body is JSON creating an admin login, a form that publishes a draft, fetches without and with CORS, and
// framing the staff page to trick a click. Nothing of it may happen. Started by AndereSitesBlijvenBuitenInChromiumTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const KEY = process.env.STAFF_KEY;
const PASSWORD = process.env.ADMIN_PASSWORD;
let browser;
let server;
let port;

const ONGEPUBLICEERD = {
  id: "stiekem-plan", wijk: "WK019313", titel: "Een plan dat niemand wilde",
  samenvatting: "Dit plan mag alleen een publicist publiceren.", fasen: [], momenten: [], documenten: [], demo: false,
};

function staff(path, options = {}) {
  return fetch(CENTRAL + path.substring(1), {
    ...options, headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json", ...(options.headers || {}) },
  });
}

/** The attacker's page: every form posts into its own frame, so the page stays and the test sees each answer arrive. */
function aanvalspagina(naam) {
  const login = (wie) => JSON.stringify({ gebruikersnaam: wie, naam: "Indringer", rol: "admin", wachtwoord: "een-lang-wachtwoord-voor-mij" });
  const jsonInTekst = login(`${naam}-formulier`).slice(0, -1) + ',"x":"';
  return `<!doctype html><html><body>
<h1>Win een fiets!</h1>
<iframe name="uit1"></iframe><iframe name="uit2"></iframe><iframe name="uit3"></iframe>
<form id="f1" method="POST" action="${CENTRAL}api/beheer/medewerkers" enctype="text/plain" target="uit1">
<input type="hidden" name='${jsonInTekst}' value='"}'></form>
<form id="f2" method="POST" action="${CENTRAL}api/beheer/inhoud/plan/stiekem-plan/publiceren" target="uit2"></form>
<form id="f3" method="POST" action="${CENTRAL}api/beheer/medewerkers" target="uit3">
<input type="hidden" name="gebruikersnaam" value="${naam}-urlencoded"><input type="hidden" name="rol" value="admin"></form>
<iframe id="ingelijst" name="ingelijst" src="${CENTRAL}beheer/"></iframe>
<script>
window.aanval = async () => {
  const uit = [];
  document.getElementById("f1").submit();
  document.getElementById("f2").submit();
  document.getElementById("f3").submit();
  try {
    await fetch("${CENTRAL}api/beheer/medewerkers", { method: "POST", mode: "no-cors", credentials: "include",
      headers: { "Content-Type": "text/plain" }, body: ${JSON.stringify(login(`${naam}-nocors`))} });
    uit.push("no-cors verstuurd");
  } catch (e) { uit.push("no-cors: " + e); }
  try {
    const r = await fetch("${CENTRAL}api/beheer/medewerkers", { method: "POST", credentials: "include",
      headers: { "Content-Type": "application/json" }, body: ${JSON.stringify(login(`${naam}-cors`))} });
    uit.push("cors antwoord " + r.status);
  } catch (e) { uit.push("cors geweigerd"); }
  try {
    await fetch("${CENTRAL}api/beheer/inhoud/plan/stiekem-plan/publiceren", { method: "POST", mode: "no-cors", credentials: "include" });
    uit.push("publiceren verstuurd");
  } catch (e) { uit.push("publiceren: " + e); }
  return uit;
};
</script></body></html>`;
}

before(async () => {
  assert.ok(CENTRAL && KEY && PASSWORD, "CENTRAL_URL, STAFF_KEY and ADMIN_PASSWORD are needed");
  server = http.createServer((req, res) => {
    const naam = new URL(req.url, "http://x").searchParams.get("naam") || "indringer";
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(aanvalspagina(naam));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = server.address().port;
  const concept = await staff("/api/beheer/inhoud/plan/stiekem-plan", { method: "PUT", body: JSON.stringify(ONGEPUBLICEERD) });
  assert.equal(concept.status, 200, await concept.text());
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function ingelogdeBeheerder() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${CENTRAL}beheer/login`);
  await page.getByLabel("Gebruikersnaam").fill("admin");
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${CENTRAL}beheer/`);
  await page.getByRole("heading", { level: 1, name: "Overzicht" }).waitFor();
  return { context, page };
}

async function medewerkers() {
  const res = await staff("/api/beheer/medewerkers");
  assert.equal(res.status, 200);
  return (await res.json()).map((m) => m.gebruikersnaam);
}

async function bezoekAanvalspagina(page, url) {
  await page.goto(url);
  const uit = await page.evaluate(() => window.aanval());
  // Each form's answer arrives in its own frame (or an error page there: our answers may not be framed).
  for (const naam of ["uit1", "uit2", "uit3"]) {
    await page.waitForFunction((n) => {
      const f = document.querySelector(`iframe[name="${n}"]`);
      try { return f.contentWindow.location.href !== "about:blank"; } catch (e) { return true; }
    }, naam);
  }
  return uit;
}

for (const [soort, host] of [["the same host on another port", "localhost"], ["another site", "127.0.0.1"]]) {
  test(`a page on ${soort} cannot create an admin login or publish in the admin's name`, async () => {
    const { context, page } = await ingelogdeBeheerder();
    const naam = host === "localhost" ? "buur" : "vreemde";
    const uit = await bezoekAanvalspagina(page, `http://${host}:${port}/aanval.html?naam=${naam}`);

    assert.ok(uit.includes("cors geweigerd"), `the browser itself refuses the JSON request with CORS: ${uit}`);
    const namen = await medewerkers();
    assert.deepEqual(namen.filter((n) => n.startsWith(naam)), [], `logins made from the page: ${namen}`);
    const plan = await (await staff("/api/beheer/inhoud/plan/stiekem-plan")).json();
    assert.equal(plan.status, "concept", "the draft is still a draft");
    const ik = await page.evaluate(async (url) => (await fetch(url)).status, `${CENTRAL}api/beheer/ik`).catch(() => "geen toegang");
    assert.notEqual(ik, 200, "the other page cannot read who is logged in");
    await context.close();
  });
}

test("another site cannot show a staff page in a frame to trick a click", async () => {
  const { context, page } = await ingelogdeBeheerder();
  await page.goto(`http://localhost:${port}/aanval.html?naam=lijst`);
  const frame = page.frame({ name: "ingelijst" });
  await page.waitForFunction(() => document.getElementById("ingelijst") !== null);
  // A frame the browser refused shows Chromium's own error page, never the staff page.
  await frame.waitForURL((url) => !url.toString().startsWith("about:"));
  assert.match(frame.url(), /^chrome-error:/, `the staff page was framed: ${frame.url()}`);
  assert.equal(await frame.locator("#lijst").count(), 0);
  await context.close();
});

test("the node's own pages still act for the logged-in admin", async () => {
  const { context, page } = await ingelogdeBeheerder();
  const status = await page.evaluate(async () => {
    const r = await fetch("/api/beheer/medewerkers", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ gebruikersnaam: "collega", naam: "Collega", rol: "editor", wachtwoord: "een-lang-wachtwoord-voor-haar" }) });
    return r.status;
  });
  assert.equal(status, 201);
  assert.ok((await medewerkers()).includes("collega"));
  await context.close();
});
