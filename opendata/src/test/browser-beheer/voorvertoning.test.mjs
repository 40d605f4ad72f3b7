// "Voorbeeld op de kiosk": a redacteur drafts a poll and sees it on the kiosk's own page, at the three kiosk screen
// sizes, before anyone publishes it. The staff page passes axe-core; an answer given in the preview is not taken.
// Started by MedewerkerBekijktPeilingOpKioskTest, which then checks the draft is on no kiosk and not in SPARQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const REDACTEUR = process.env.REDACTEUR;
const WACHTWOORD = process.env.WACHTWOORD;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const VRAAG = "Zullen we een moestuin beginnen naast het buurthuis?";
const PLAN = "Een moestuin achter het buurthuis";
const OPTIES = ["Ja, ik doe mee", "Ja, maar ik doe niet mee", "Nee"];
let browser;

before(async () => {
  assert.ok(CENTRAL && REDACTEUR && WACHTWOORD, "CENTRAL_URL, REDACTEUR and WACHTWOORD are needed");
  mkdirSync(ARTEFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
});

async function toegankelijk(page, naam) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const uit = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  }));
  const fouten = uit.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(fouten, [], `axe-core on ${naam}`);
}

async function inloggen(page) {
  await page.goto(`${CENTRAL}beheer/`);
  await page.waitForURL(/beheer\/login/);
  await page.getByLabel("Gebruikersnaam").fill(REDACTEUR);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: "Overzicht" }).waitFor();
}

/** Each kiosk screen size in the preview shows `teksten` on the kiosk's own page, laid out at that size. */
async function opDrieSchermen(page, scherm, teksten) {
  for (const maat of ["800x480", "720x1280", "1920x1080"]) {
    const figuur = page.locator("figure", { has: page.locator(`iframe[data-maat="${maat}"]`) });
    assert.match(await figuur.locator("figcaption").innerText(), new RegExp(maat.replace("x", " × ")));
    const kiosk = page.frameLocator(`iframe[data-maat="${maat}"]`);
    for (const tekst of teksten) await tekst(kiosk).waitFor();
    const frame = await (await page.locator(`iframe[data-maat="${maat}"]`).elementHandle()).contentFrame();
    assert.equal(await frame.evaluate(() => `${innerWidth}x${innerHeight}`), maat, "the kiosk page lays out at the screen's own size");
    assert.equal(await frame.evaluate(() => document.body.dataset.scherm), scherm, "the draft's screen opens directly");
  }
}

test("a redacteur sees her draft poll on the kiosk screen at 800×480, 720×1280 and 1920×1080 before publishing", async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  await inloggen(page);
  await page.goto(`${CENTRAL}beheer/peilingen/nieuw`);
  await page.getByLabel("Vraag", { exact: true }).fill(VRAAG);
  await page.getByLabel("Meerkeuze").check();
  for (const [i, optie] of OPTIES.entries()) await page.getByLabel(`Antwoord ${i + 1}`).fill(optie);
  await page.getByLabel("Diezerpoort").check();
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByText("De peiling is opgeslagen als concept").waitFor();
  const id = page.url().split("/").pop();
  console.log(`PEILING=${id}`);

  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).click();
  await page.getByRole("heading", { level: 1, name: "Voorbeeld op de kiosk" }).waitFor();
  await opDrieSchermen(page, "peiling", [(k) => k.getByRole("heading", { name: VRAAG }),
    ...OPTIES.map((o) => (k) => k.getByRole("button", { name: o, exact: true }))]);
  await toegankelijk(page, "the preview page");
  await page.screenshot({ path: join(ARTEFACTS, "peiling-voorbeeld.png"), fullPage: true });

  // An answer in the preview is refused: the kiosk page says it did not work, as it does offline.
  const klein = page.frameLocator('iframe[data-maat="800x480"]');
  await klein.getByRole("button", { name: OPTIES[0], exact: true }).click();
  await klein.locator("#melding", { hasText: "Dat lukte niet" }).waitFor();

  await page.getByRole("link", { name: "Terug naar het formulier" }).click();
  assert.equal(await page.getByLabel("Vraag", { exact: true }).inputValue(), VRAAG);
  assert.match(await page.locator("#status").innerText(), /concept/i);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees her draft plan on the kiosk screen at the three sizes before publishing", async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  await inloggen(page);
  await page.goto(`${CENTRAL}beheer/plannen/nieuw`);
  await page.getByLabel("Titel", { exact: true }).fill(PLAN);
  await page.getByLabel("Samenvatting").fill("Achter het buurthuis komt een moestuin. Denk mee over wat erin komt.");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  const moment1 = page.getByRole("group", { name: "Moment 1" });
  await moment1.getByLabel("Wat", { exact: true }).fill("Inloopavond over de moestuin");
  await moment1.getByLabel("Wanneer").fill("2030-03-10T19:30");
  await moment1.getByLabel("Waar").fill("Buurthuis De Kroon");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).waitFor();
  const id = page.url().split("/").pop();
  console.log(`PLAN=${id}`);

  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).click();
  await page.getByRole("heading", { level: 1, name: "Voorbeeld op de kiosk" }).waitFor();
  await opDrieSchermen(page, "plan", [(k) => k.locator("#titel", { hasText: PLAN }),
    (k) => k.getByText("Achter het buurthuis komt een moestuin."), (k) => k.getByText("Inloopavond over de moestuin")]);
  await toegankelijk(page, "the plan's preview page");
  assert.deepEqual(fouten, []);
  await context.close();
});
