// A redacteur translates a poll into Arabic through the staff pages in Debian's Chromium: the list says what is still
// missing per language, the form shows the Dutch beside each field and writes right to left; a text too long gets a
// Dutch error next to its field. axe-core checks both pages. When a publicist then changes the Dutch question, the
// translation is marked out of date on the list, the form and the staff home, and counts as still to do, until the
// redacteur saves it again. Started by RedacteurVertaaltInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const REDACTEUR = process.env.REDACTEUR;
const PUBLICIST = process.env.PUBLICIST;
const GEWIJZIGD = "Nederlandse tekst gewijzigd sinds de vertaling";
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

/** How many items the list says are still to translate into Arabic. */
async function nogInHetArabisch(page) {
  await page.goto(`${CENTRAL}beheer/vertalingen/`);
  const regel = await page.locator("#nog-te-doen li", { hasText: "Arabisch" }).innerText();
  return Number(regel.match(/nog (\d+) te vertalen/)[1]);
}

test("a translation made before the Dutch text changed is marked out of date until it is translated again", async () => {
  const { page } = await ingelogd(browser, REDACTEUR);
  await page.goto(`${CENTRAL}beheer/vertalingen/vertaal?item=peiling/veilig-in-de-wijk&taal=ar`);
  await page.getByLabel("Antwoord 2 (Arabisch)").fill("أحياناً");
  await page.getByLabel("Antwoord 3 (Arabisch)").fill("لا");
  await page.getByRole("button", { name: "Vertaling opslaan" }).click();
  await page.getByText("De vertaling in het Arabisch").waitFor();
  const cel = page.locator('tr[data-item="peiling/veilig-in-de-wijk"] td[data-taal="ar"]');
  assert.equal((await cel.innerText()).trim(), "klaar");
  const klaar = await nogInHetArabisch(page);

  const publicist = await ingelogd(browser, PUBLICIST);
  await publicist.page.goto(`${CENTRAL}beheer/peilingen/veilig-in-de-wijk`);
  await publicist.page.getByLabel("Vraag", { exact: true }).fill("Voelt u zich veilig als u 's avonds door uw wijk loopt?");
  await publicist.page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await publicist.page.getByText("De peiling is gepubliceerd").waitFor();

  assert.equal(await nogInHetArabisch(page), klaar + 1, "the changed poll is on the list of what still needs translating");
  assert.match(await cel.innerText(), new RegExp(GEWIJZIGD));
  assert.match(await cel.locator("a").innerText(), /bijwerken/);
  await toegankelijk(page, "the translations list with an out-of-date translation");
  await page.goto(`${CENTRAL}beheer/`);
  assert.match(await page.locator('[data-groep="vertalen"] li', { hasText: "Voelt u zich veilig" }).first().innerText(),
    new RegExp(`${GEWIJZIGD}: ar`),
    "the staff home says which translation is out of date");

  await page.goto(`${CENTRAL}beheer/vertalingen/vertaal?item=peiling/veilig-in-de-wijk&taal=ar`);
  assert.match(await page.locator("#vraag-uitleg").innerText(), new RegExp(GEWIJZIGD), "the changed field is marked");
  assert.doesNotMatch(await page.locator("#optie1-uitleg").innerText(), new RegExp(GEWIJZIGD), "an unchanged field is not");
  await toegankelijk(page, "the translation form with a changed Dutch text");
  await page.getByLabel("Vraag (Arabisch)").fill("هل تشعر بالأمان عندما تمشي عبر حيك مساءً؟");
  await page.getByRole("button", { name: "Vertaling opslaan" }).click();
  await page.getByText("De vertaling in het Arabisch").waitFor();
  assert.equal((await cel.innerText()).trim(), "klaar", "translated again: no longer marked");
  assert.equal(await nogInHetArabisch(page), klaar);
  await page.goto(`${CENTRAL}beheer/`);
  assert.doesNotMatch(await page.locator("main").innerText(), new RegExp(GEWIJZIGD));
});
