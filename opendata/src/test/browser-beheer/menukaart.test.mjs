// A publicist changes the menukaart through the staff pages in Debian's Chromium: a fund's amount that is no amount
// gets a Dutch error next to it; the new version is published, listed among the versions, and an older version can be
// taken back as a draft. axe-core checks the page. Started by MedewerkerWerktMenukaartBijInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const PUBLICIST = process.env.PUBLICIST;
const WACHTWOORD = process.env.WACHTWOORD;
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let browser;

before(async () => {
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
  assert.deepEqual(uit.violations.map((v) => `${v.id}: ${v.help}`), [], `axe-core on ${naam}`);
}

test("a publicist publishes a new version of the menukaart and can take an older one back", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${CENTRAL}beheer/login`);
  await page.getByLabel("Gebruikersnaam").fill(PUBLICIST);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("link", { name: "Menukaart" }).first().click();
  await page.getByRole("heading", { level: 1, name: /Menukaart/ }).waitFor();
  await toegankelijk(page, "the menukaart");
  const stap1 = page.getByRole("group", { name: "Stap 1" });
  assert.equal(await stap1.getByLabel("Naam van de stap").inputValue(), "Uw idee", "the demo's menukaart is in the form");
  await stap1.getByLabel("Naam van de stap").fill("Uw idee vertellen");
  await stap1.getByLabel("Geld 1: naam van het fonds").fill("Startgeld");
  await stap1.getByLabel("Geld 1: tot hoeveel euro").fill("veel");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.locator("#stap1-fonds1-bedrag-fout", { hasText: "in hele euro's" }).waitFor();
  await toegankelijk(page, "the menukaart with an error");
  await page.getByRole("group", { name: "Stap 1" }).getByLabel("Geld 1: tot hoeveel euro").fill("500");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("De nieuwe versie van de menukaart staat binnen een minuut op de kiosks").waitFor();
  assert.equal(await page.locator("#versies tbody tr").count(), 1);

  await page.getByRole("group", { name: "Stap 1" }).getByLabel("Naam van de stap").fill("Vertel ons uw idee");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("De nieuwe versie van de menukaart").waitFor();
  assert.equal(await page.locator("#versies tbody tr").count(), 2);
  await page.locator("#versies tbody tr").last().getByRole("button").click();
  await page.getByText("staat klaar als concept").waitFor();
  assert.equal(await page.getByRole("group", { name: "Stap 1" }).getByLabel("Naam van de stap").inputValue(), "Uw idee vertellen",
    "the older version is back as a draft");
  await toegankelijk(page, "the menukaart with a draft");
});
