// A redacteur translates a poll into Arabic through the staff pages in Debian's Chromium: the list says what is still
// missing per language, the form shows the Dutch beside each field and writes right to left; a text too long gets a
// Dutch error next to its field. axe-core checks both pages. Started by RedacteurVertaaltInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const REDACTEUR = process.env.REDACTEUR;
let browser;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a redacteur sees what still needs translating and translates a poll into Arabic", async () => {
  const { page } = await ingelogd(browser, REDACTEUR);
  await page.getByRole("link", { name: "Vertalingen" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Vertalingen" }).waitFor();
  await toegankelijk(page, "the translations list");
  const rij = page.locator('tr[data-item="peiling/veilig-in-de-wijk"]');
  assert.equal((await rij.locator('td[data-taal="ar"]').innerText()).trim(), "nog 4", "question and three answers");
  await rij.locator('td[data-taal="ar"] a').click();
  await page.getByRole("heading", { level: 1, name: /in het Arabisch/ }).waitFor();
  await toegankelijk(page, "the translation form");
  const vraag = page.getByLabel("Vraag (Arabisch)");
  assert.equal(await vraag.getAttribute("dir"), "rtl");
  await vraag.fill("x".repeat(4001));
  await page.getByLabel("Antwoord 1 (Arabisch)").fill("نعم");
  await page.getByRole("button", { name: "Vertaling opslaan" }).click();
  await page.locator("#vraag-fout", { hasText: "te lang" }).waitFor();
  assert.equal(await page.getByLabel("Antwoord 1 (Arabisch)").inputValue(), "نعم", "what was typed is kept");
  await page.getByLabel("Vraag (Arabisch)").fill("هل تشعر بالأمان عندما تمشي في حيك مساءً؟");
  await page.getByRole("button", { name: "Vertaling opslaan" }).click();
  await page.getByText("De vertaling in het Arabisch").waitFor();
  assert.equal((await page.locator('tr[data-item="peiling/veilig-in-de-wijk"] td[data-taal="ar"]').innerText()).trim(), "nog 2");
});
