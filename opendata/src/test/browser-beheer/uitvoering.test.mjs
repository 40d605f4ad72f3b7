// After the wijkbudget vote a publicist says, on the wijkbudget's staff page in Debian's Chromium, how far each winning
// proposal is. A note without a status gets a Dutch error next to the status field and what was typed stays; saved,
// the page shows it again. axe-core checks every page. Started by PublicistMeldtHoeVerGekozenVoorstelIsTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
const WIJKBUDGET = process.env.WIJKBUDGET;
let browser;

before(async () => {
  assert.ok(CENTRAL && PUBLICIST && WIJKBUDGET, "CENTRAL_URL, PUBLICIST and WIJKBUDGET are needed");
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist says the benches are done and the trees are planned", async () => {
  const { page, fouten } = await ingelogd(browser, PUBLICIST);
  await page.goto(`${CENTRAL}beheer/wijkbudgetten/${WIJKBUDGET}`);
  await page.getByRole("link", { name: "Uitvoering van de gekozen voorstellen" }).click();
  await page.getByRole("heading", { level: 1, name: "Uitvoering van de gekozen voorstellen" }).waitFor();
  await toegankelijk(page, "the page of the winning proposals");
  const groepen = await page.getByRole("group").allTextContents();
  assert.equal(groepen.length, 2, `only the two winners have a row: ${groepen}`);
  assert.ok(!groepen.join(" ").includes("Speeltoestel"), "the play equipment no longer fitted the budget");

  const bankjes = page.getByRole("group", { name: /Bankjes aan het water/ });
  await bankjes.getByLabel("Toelichting voor bewoners (mag leeg)").fill("De bankjes staan er sinds maart.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.locator("#status-bankjes-fout", { hasText: "Kies hoe ver het voorstel is" }).waitFor();
  assert.equal(await bankjes.getByLabel("Hoe ver is het?").getAttribute("aria-invalid"), "true");
  assert.equal(await bankjes.getByLabel("Toelichting voor bewoners (mag leeg)").inputValue(), "De bankjes staan er sinds maart.");
  await toegankelijk(page, "the page with an error");

  await bankjes.getByLabel("Hoe ver is het?").selectOption({ label: "Klaar" });
  await bankjes.getByLabel("Datum (mag leeg)").fill("2027-03-15");
  const bomen = page.getByRole("group", { name: /Bomen in de straat/ });
  await bomen.getByLabel("Hoe ver is het?").selectOption({ label: "Gepland" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText("De uitvoering is opgeslagen.").waitFor();
  assert.equal(await page.getByRole("group", { name: /Bankjes aan het water/ }).getByLabel("Hoe ver is het?").inputValue(), "klaar");
  assert.equal(await page.getByRole("group", { name: /Bomen in de straat/ }).getByLabel("Hoe ver is het?").inputValue(), "gepland");
  assert.deepEqual(fouten, []);
});
