// A publicist changes the menukaart through the staff pages in Debian's Chromium: a fund's amount that is no amount
// gets a Dutch error next to it; the new version is published, listed among the versions, and an older version can be
// taken back as a draft. axe-core checks the page. Started by MedewerkerWerktMenukaartBijInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
let browser;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist publishes a new version of the menukaart and can take an older one back", async () => {
  const { page } = await ingelogd(browser, PUBLICIST);
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
