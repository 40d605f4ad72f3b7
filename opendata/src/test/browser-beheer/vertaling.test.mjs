// A redacteur translates a poll into Arabic through the staff pages in Debian's Chromium: the list says what is still
// missing per language, the form shows the Dutch beside each field and writes right to left; a text too long gets a
// Dutch error next to its field. axe-core checks both pages. Started by RedacteurVertaaltInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const REDACTEUR = process.env.REDACTEUR;
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
  assert.deepEqual(uit.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), [], `axe-core on ${naam}`);
}

test("a redacteur sees what still needs translating and translates a poll into Arabic", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${CENTRAL}beheer/login`);
  await page.getByLabel("Gebruikersnaam").fill(REDACTEUR);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
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
