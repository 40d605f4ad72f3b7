// The ideeënmakelaar works through the ideas inbox in Debian's Chromium, as a person would: filters by the plan an
// idea was given at, opens it, gets a Dutch error next to the field for a wrong value, answers it and records what it
// became, and opens the resident's contact details (which the node audits). A redacteur sees that there are contact
// details but cannot open them. Last, the ideeënmakelaar publishes it in the open data in her own words. axe-core checks every page (WCAG 2.2 AA).
// Started by IdeeenmakelaarHandeltIdeeAfTest, which sends the ideas as kiosks and checks the database and audit after.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { CENTRAL, ingelogd, startChromium, toegankelijk, WACHTWOORD } from "./medewerker.mjs";

const MAKELAAR = process.env.MAKELAAR;
const REDACTEUR = process.env.REDACTEUR;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
let browser;

before(async () => {
  assert.ok(CENTRAL && MAKELAAR && REDACTEUR && WACHTWOORD, "CENTRAL_URL, MAKELAAR, REDACTEUR and WACHTWOORD are needed");
  mkdirSync(ARTEFACTS, { recursive: true });
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("the ideeënmakelaar finds the idea under its plan, answers it, and opens the contact details", async () => {
  const { context, page, fouten } = await ingelogd(browser, MAKELAAR);
  await page.getByRole("link", { name: "naar de ideeënbus" }).click();
  await page.getByRole("heading", { level: 1, name: "Ideeën van bewoners" }).waitFor();
  assert.equal(await page.locator("#ideeen tbody tr").count(), 2, "both ideas are in the inbox");
  await toegankelijk(page, "the inbox");

  await page.getByLabel("Gegeven bij").selectOption({ label: "Plan herinrichting-vechtstraat" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.waitForURL(/context=plan/);
  assert.equal(await page.locator("#ideeen tbody tr").count(), 1, "one idea was given at the plan");
  await page.locator("#ideeen tbody tr a").first().click();
  await page.locator("#idee-tekst", { hasText: "bankje bij de bushalte" }).waitFor();
  await toegankelijk(page, "an idea");

  // Answered without an answer: refused next to the field, in Dutch, with the choice kept.
  await page.getByLabel("Status").selectOption({ label: "Beantwoord" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  const antwoord = page.getByLabel("Antwoord aan de bewoner (niet verplicht)");
  await page.locator("#antwoord-fout", { hasText: "Schrijf het antwoord" }).waitFor();
  assert.equal(await antwoord.getAttribute("aria-invalid"), "true");
  assert.equal(await page.getByLabel("Status").inputValue(), "beantwoord", "the choice is kept");
  await toegankelijk(page, "an idea with an error");

  await antwoord.fill("Goed idee. Bij de herinrichting komt er een bankje bij de bushalte.");
  // Turned into something without saying what: refused next to the field; the choice is from the published items.
  await page.getByLabel("Status").selectOption({ label: "Omgezet" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.locator("#omgezetNaar-fout", { hasText: "Kies waarin het idee is omgezet" }).waitFor();
  await page.getByLabel("Omgezet in (niet verplicht)").selectOption({ label: "Plan: Nieuwe inrichting Vechtstraat" });
  await page.getByLabel("Wie pakt het op (niet verplicht)").selectOption({ label: "Ilse Ideeënmakelaar" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText("Opgeslagen: het idee staat nu op omgezet.").waitFor();

  await page.getByRole("button", { name: "Contactgegevens bekijken" }).click();
  await page.locator("#contact", { hasText: "buur@example.nl" }).waitFor();
  await page.locator("#geschiedenis", { hasText: "contactgegevens bekeken" }).waitFor();
  await toegankelijk(page, "an idea with its contact details");

  // Into the open data, in the municipality's own words: a phone number is refused next to the field.
  const openbaar = page.getByLabel("Het idee in eigen woorden");
  await openbaar.fill("Een bankje bij de bushalte. Bel 06 12345678.");
  await page.getByRole("button", { name: "Publiceren in de open data" }).click();
  await page.locator("#openbareTekst-fout", { hasText: "telefoonnummer" }).waitFor();
  await openbaar.fill("Een bankje bij de bushalte aan de Vechtstraat, om even te kunnen zitten.");
  await page.getByRole("button", { name: "Publiceren in de open data" }).click();
  await page.getByText("Het idee staat nu in de open data").waitFor();
  await page.locator("#openbaar a").waitFor();
  await page.screenshot({ path: join(ARTEFACTS, "idee.png"), fullPage: true });
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees there are contact details but cannot open them", async () => {
  const { context, page } = await ingelogd(browser, REDACTEUR);
  await page.goto(`${CENTRAL}beheer/ideeen/?context=plan%2Fherinrichting-vechtstraat`);
  await page.locator("#ideeen tbody tr a").first().click();
  await page.getByText("Die ziet alleen een ideeënmakelaar, publicist of beheerder.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Contactgegevens bekijken" }).count(), 0);
  await context.close();
});
