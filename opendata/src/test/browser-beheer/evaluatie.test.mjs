// A publicist writes an evaluation of a plan through the staff pages in Debian's Chromium: a measured value that is
// no number gets a Dutch error next to its field; after publishing, the evaluation is on its open-data page with the
// plan it evaluates. axe-core checks every page. Started by PublicistEvalueertPlanInBrowserTest.
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
  assert.deepEqual(uit.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), [], `axe-core on ${naam}`);
}

test("a publicist evaluates a plan with an indicator and publishes it to the open data", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${CENTRAL}beheer/login`);
  await page.getByLabel("Gebruikersnaam").fill(PUBLICIST);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("link", { name: "Evaluaties" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Evaluaties" }).waitFor();
  await toegankelijk(page, "the list of evaluations");
  await page.getByRole("link", { name: "Nieuwe evaluatie" }).first().click();
  await toegankelijk(page, "the new evaluation form");
  await page.getByLabel("Titel", { exact: true }).fill("Wat leverde de nieuwe Vechtstraat op?");
  await page.getByLabel("Wat evalueert u?").selectOption({ label: "Plan: Nieuwe inrichting Vechtstraat" });
  await page.getByLabel("Doelen").fill("Meer mensen fietsen veilig naar school");
  const i1 = page.getByRole("group", { name: "Indicator 1" });
  await i1.getByLabel("Naam").fill("Fietsers per dag");
  await i1.getByLabel("Bij de start").fill("120");
  await i1.getByLabel("Doel", { exact: true }).fill("200");
  await i1.getByLabel("Gemeten").fill("veel");
  await page.getByLabel("Uitkomsten").fill("Er fietsen meer kinderen naar school.");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.locator("#indicator1-gemeten-fout", { hasText: "geen getal" }).waitFor();
  await toegankelijk(page, "the evaluation form with an error");
  await page.getByRole("group", { name: "Indicator 1" }).getByLabel("Gemeten").fill("180");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("De evaluatie is gepubliceerd").waitFor();
  const id = page.url().split("/").pop();
  let turtle = "";
  for (let i = 0; i < 100 && !turtle.includes("Fietsers per dag"); i++) {
    turtle = await (await fetch(`${CENTRAL}doc/evaluatie/${id}`, { headers: { Accept: "text/turtle" } })).text();
    if (!turtle.includes("Fietsers per dag")) await new Promise((r) => setTimeout(r, 200));
  }
  assert.match(turtle, /Fietsers per dag/);
  assert.match(turtle, /plan\/herinrichting-vechtstraat/, "linked to the plan it evaluates");
});
