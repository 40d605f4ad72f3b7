// A staff member downloads the monthly wijkupdate poster from the staff home in Debian's Chromium: this month is filled
// in, a missing wijk comes back with a Dutch error beside the field and the month kept, and a chosen wijk downloads
// the PDF. axe-core checks the home with the form and the page with the error. Started by
// MedewerkerDownloadtWijkupdateInBrowserTest, which reads the downloaded poster.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const MEDEWERKER = process.env.MEDEWERKER;
const MAAND = process.env.MAAND;
const AFFICHE = process.env.AFFICHE;
let browser;

before(async () => {
  assert.ok(CENTRAL && MEDEWERKER && MAAND && AFFICHE, "CENTRAL_URL, MEDEWERKER, MAAND and AFFICHE are needed");
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a staff member downloads the poster for Diezerpoort from the staff home", async () => {
  const { context, page, fouten } = await ingelogd(browser, MEDEWERKER);
  const blok = page.locator("#wijkupdate");
  await blok.getByRole("heading", { name: "Wijkupdate voor het buurthuis" }).waitFor();
  assert.equal(await blok.getByLabel("Maand").inputValue(), MAAND, "this month is filled in");
  await toegankelijk(page, "the staff home with the poster form");

  await blok.getByRole("button", { name: "Affiche downloaden (PDF)" }).click();
  await page.locator("#wijk-fout", { hasText: "Kies de wijk van het buurthuis." }).waitFor();
  assert.equal(await page.getByLabel("Maand").inputValue(), MAAND, "the month stays as it was");
  await toegankelijk(page, "the poster form with an error");

  await page.getByLabel("Wijk").selectOption({ label: "Diezerpoort" });
  const [affiche] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Affiche downloaden (PDF)" }).click(),
  ]);
  assert.match(affiche.suggestedFilename(), /^wijkupdate-WK019311-\d{4}-\d{2}\.pdf$/);
  await affiche.saveAs(AFFICHE);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a staff member keeps the list of addresses that get the poster by mail", async () => {
  const { context, page, fouten } = await ingelogd(browser, MEDEWERKER);
  await page.getByRole("link", { name: "naar de adressen voor de wijkupdate" }).click();
  await page.getByRole("heading", { name: "Wijkupdate per e-mail", level: 1 }).waitFor();
  await page.locator("#geen-mailserver").waitFor();
  await toegankelijk(page, "the empty address list");

  await page.getByLabel("Wijk").selectOption({ label: "Diezerpoort" });
  await page.getByLabel("E-mailadres").fill("gastvrouw@dekroon");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await page.locator("#adres-fout", { hasText: "Dit is geen e-mailadres." }).waitFor();
  assert.equal(await page.getByLabel("E-mailadres").inputValue(), "gastvrouw@dekroon", "what was typed stays");
  await toegankelijk(page, "the address form with an error");

  await page.getByLabel("E-mailadres").fill("gastvrouw@dekroon.example");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await page.getByText("Het adres staat op de lijst van Diezerpoort.").waitFor();
  const rij = page.locator('tr[data-adres="gastvrouw@dekroon.example"]');
  assert.match(await rij.innerText(), /Diezerpoort\s+gastvrouw@dekroon\.example\s+Nog geen/);
  await toegankelijk(page, "the list with an address");

  await rij.getByRole("button", { name: "Van de lijst halen" }).click();
  await page.getByText("Het adres is van de lijst gehaald.").waitFor();
  assert.equal(await rij.count(), 0);
  assert.deepEqual(fouten, []);
  await context.close();
});
