// A publicist opens a wijkbudget with its phases' dates through the staff pages in Debian's Chromium (a vote starting
// before the proposals gets a Dutch error beside the field), makes stemcode letters as a PDF and,
// at the desk, blocks the code of a lost letter and prints a new one. A proposal costing more than the budget and a
// letter number that does not exist get Dutch errors next to their fields. axe-core checks every page.
// Started by MedewerkerMaaktStemcodesInBrowserTest, which reads the letters (BRIEVEN, BALIE) and checks the codes
// against a kiosk's content feed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk, WACHTWOORD } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
const BRIEVEN = process.env.BRIEVEN;
const BALIE = process.env.BALIE;
let browser;

before(async () => {
  assert.ok(CENTRAL && PUBLICIST && WACHTWOORD && BRIEVEN && BALIE, "CENTRAL_URL, PUBLICIST, WACHTWOORD, BRIEVEN and BALIE are needed");
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist opens a wijkbudget, prints three stemcode letters, and replaces a lost one at the desk", async () => {
  const { context, page, fouten } = await ingelogd(browser, PUBLICIST, WACHTWOORD, { acceptDownloads: true });
  await page.getByRole("link", { name: "Wijkbudgetten" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Wijkbudgetten" }).waitFor();
  await toegankelijk(page, "the list of wijkbudgetten");
  await page.getByRole("link", { name: "Nieuw wijkbudget" }).first().click();
  await toegankelijk(page, "the new wijkbudget form");

  await page.getByLabel("Titel", { exact: true }).fill("Wijkbudget Assendorp 2027");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Assendorp" });
  await page.getByLabel("Budget in euro's").fill("10000");
  await page.getByLabel("Uitleg voor bewoners").fill("Assendorp mag 10.000 euro verdelen. Stemmen kan tot 1 maart.");
  const v1 = page.getByRole("group", { name: "Voorstel 1" });
  await v1.getByLabel("Naam").fill("Bankjes aan het water");
  await v1.getByLabel("Kosten in euro's").fill("4000");
  const v2 = page.getByRole("group", { name: "Voorstel 2" });
  await v2.getByLabel("Naam").fill("Speeltoestel");
  await v2.getByLabel("Kosten in euro's").fill("12000");
  assert.ok(await page.getByLabel("Bewoners stemmen met een stemcode uit een brief").isChecked(), "stemcodes are on by default");
  // The phases, with the vote's start mistakenly before the proposals.
  await page.getByLabel("Ideeën geven vanaf").fill("2026-10-01T09:00");
  await page.getByLabel("Voorstellen maken vanaf").fill("2026-11-01T09:00");
  await page.getByLabel("Stemmen kan vanaf").fill("2026-10-20T09:00");
  await page.getByLabel("Uitvoering vanaf").fill("2027-06-01T09:00");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.locator("#voorstel2-bedrag-fout", { hasText: "meer dan het hele budget" }).waitFor();
  await page.locator("#stemmenVanaf-fout", { hasText: "Deze datum moet na het maken van voorstellen liggen" }).waitFor();
  assert.equal(await page.getByLabel("Stemmen kan vanaf").getAttribute("aria-invalid"), "true");
  await page.getByLabel("Stemmen kan vanaf").fill("2026-12-01T09:00");
  assert.equal(await page.getByRole("group", { name: "Voorstel 2" }).getByLabel("Kosten in euro's").getAttribute("aria-invalid"), "true");
  await toegankelijk(page, "the wijkbudget form with an error");
  await page.getByRole("group", { name: "Voorstel 2" }).getByLabel("Kosten in euro's").fill("6000");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("Het wijkbudget is gepubliceerd").waitFor();
  console.log(`WIJKBUDGET=${page.url().split("/").pop()}`);

  await page.getByRole("link", { name: "Stemcodes, brieven en de uitslag" }).click();
  await page.getByRole("heading", { level: 1, name: "Stemcodes en brieven" }).waitFor();
  const stemcodes = page.url();
  await toegankelijk(page, "the stemcode page");
  assert.equal(await page.getByLabel("Letters voor de code").inputValue(), "ASSE");
  await page.getByLabel("Aantal brieven").fill("0");
  await page.getByLabel("Stemmen kan tot en met", { exact: true }).fill("2027-03-01");
  await page.getByRole("button", { name: "Brieven maken (PDF)" }).click();
  await page.locator("#aantal-fout", { hasText: "Vul een aantal brieven in van 1 tot 1000" }).waitFor();
  await page.getByLabel("Aantal brieven").fill("3");
  const [brieven] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Brieven maken (PDF)" }).click(),
  ]);
  await brieven.saveAs(BRIEVEN);

  await page.goto(stemcodes);
  await page.locator("#aantal-brieven", { hasText: "3 brieven" }).waitFor();
  await page.getByLabel("Nummer van de verloren brief").fill("99");
  await page.getByLabel("Stemmen kan tot en met (voor de nieuwe brief)").fill("2027-03-01");
  await page.getByRole("button", { name: "Code ongeldig maken en nieuwe brief maken" }).click();
  await page.locator("#briefnummer-fout", { hasText: "Er is geen brief met nummer 99" }).waitFor();
  await toegankelijk(page, "the stemcode page with an error at the desk");
  await page.getByLabel("Nummer van de verloren brief").fill("2");
  await page.getByLabel("Stemmen kan tot en met (voor de nieuwe brief)").fill("2027-03-01");
  const [balie] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Code ongeldig maken en nieuwe brief maken" }).click(),
  ]);
  await balie.saveAs(BALIE);
  await page.goto(stemcodes);
  await page.locator("#geblokkeerd", { hasText: "Brief 2, vervangen door brief 4" }).waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});
