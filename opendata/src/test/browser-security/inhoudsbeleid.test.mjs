// Every page of the central node keeps working in Chromium under its content security policy (only the node's own
// script and style files run), and the policy really holds: a script slipped into a page does not run.
// Started by AndereSitesBlijvenBuitenInChromiumTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const PASSWORD = process.env.ADMIN_PASSWORD;
let browser;

before(async () => {
  assert.ok(CENTRAL && PASSWORD, "CENTRAL_URL and ADMIN_PASSWORD are needed");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
});

/** A page that records every policy violation and script error, however it is reported. */
async function pagina(context) {
  const page = await context.newPage();
  const meldingen = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window.__csp = window.__csp || []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) meldingen.push(m.text());
  });
  page.on("pageerror", (e) => meldingen.push(String(e)));
  const overtredingen = async () => [...meldingen, ...((await page.evaluate(() => window.__csp || [])) || [])];
  return { page, overtredingen };
}

test("the staff pages work under the policy: log in, home, a poll's form, budget import, the kiosks' dashboard", async () => {
  const context = await browser.newContext();
  const { page, overtredingen } = await pagina(context);

  await page.goto(`${CENTRAL}beheer/login`);
  await page.getByLabel("Gebruikersnaam").fill("admin");
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${CENTRAL}beheer/`);
  await page.getByRole("heading", { level: 1, name: "Overzicht" }).waitFor();
  await page.goto(`${CENTRAL}beheer/peilingen/`);
  await page.locator("#peilingen tbody a").first().click();
  await page.getByLabel("Vraag", { exact: true }).waitFor();
  assert.notEqual(await page.getByLabel("Vraag", { exact: true }).inputValue(), "");
  assert.deepEqual(await overtredingen(), [], "staff home and a poll's page");

  await page.goto(`${CENTRAL}beheer/begroting`);
  await page.locator("#bestand").setInputFiles({
    name: "begroting.csv", mimeType: "text/csv",
    buffer: Buffer.from("jaar;taakveld;fase;bedrag\n2025;6.1;begroot;1250000\ntwintig;5.7;gerealiseerd;1\n"),
  });
  await page.getByRole("button", { name: "Importeren" }).click();
  await page.locator("#stand", { hasText: "2 van 2 regels verwerkt" }).waitFor();
  assert.equal(await page.locator("#fouten tr").count(), 1, "the wrong line is listed");
  assert.deepEqual(await overtredingen(), [], "budget import page");

  const dashboard = await pagina(context);
  await dashboard.page.goto(`${CENTRAL}beheer/kiosks/`);
  // Shown by its own script once the fleet is loaded: the script ran under the policy.
  await dashboard.page.locator("#beheer").waitFor();
  await dashboard.page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
  await dashboard.page.goto(`${CENTRAL}beheer/kiosks/#aanmelden`);
  await dashboard.page.locator("#aanmelden-form").waitFor();
  assert.deepEqual(await dashboard.overtredingen(), [], "kiosks' dashboard, logged in by session");
  await context.close();
});

test("the query page (YASGUI) runs an example, draws its chart and offers downloads under the policy", async () => {
  const context = await browser.newContext();
  const { page, overtredingen } = await pagina(context);
  await page.goto(`${CENTRAL}sparql`);
  await page.locator(".yasqe .CodeMirror").waitFor();
  await page.getByRole("button", { name: /Plannen in mijn wijk/ }).click();
  await page.locator(".yasr .dataTable tbody tr").first().waitFor();
  await page.locator("#downloads a").first().waitFor();
  await page.goto(`${CENTRAL}sparql?query=${encodeURIComponent(
    "SELECT ?klasse (COUNT(?ding) AS ?aantal) WHERE { ?ding a ?klasse } GROUP BY ?klasse")}`);
  await page.locator(".yasr .select_grafiek").click();
  await page.locator(".yasr figure.grafiek svg rect").first().waitFor();
  assert.deepEqual(await overtredingen(), []);
  await context.close();
});

test("the public pages render under the policy: home, polls with their result bars, a thing's page", async () => {
  const context = await browser.newContext();
  const { page, overtredingen } = await pagina(context);
  await page.goto(CENTRAL);
  await page.getByRole("link", { name: "Catalogus" }).first().waitFor();
  await page.goto(`${CENTRAL}peilingen`);
  await page.locator("main li a").first().click();
  await page.locator("table.uitslag meter").first().waitFor();
  await page.goto(`${CENTRAL}doc/wijk/WK019311`);
  await page.locator("h1").waitFor();
  assert.deepEqual(await overtredingen(), []);
  await context.close();
});

test("a script slipped into a page does not run, and the policy says so", async () => {
  const context = await browser.newContext();
  const { page } = await pagina(context);
  await page.goto(`${CENTRAL}peilingen`);
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__ingespoten = true";
    document.head.append(s);
    const attribute = document.createElement("div");
    attribute.setAttribute("onclick", "window.__ingespoten = true");
    document.body.append(attribute);
    attribute.click();
    return window.__ingespoten === true;
  });
  assert.equal(ran, false, "an inline script ran: the content security policy is missing or too wide");
  await page.waitForFunction(() => (window.__csp || []).some((v) => v.startsWith("script-src")));
  await context.close();
});
