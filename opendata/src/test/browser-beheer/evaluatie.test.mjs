// A publicist writes an evaluation of a plan through the staff pages in Debian's Chromium: a measured value that is
// no number gets a Dutch error next to its field; after publishing, the evaluation is on its open-data page with the
// plan it evaluates. axe-core checks every page. Started by PublicistEvalueertPlanInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
let browser;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist evaluates a plan with an indicator and publishes it to the open data", async () => {
  const { page } = await ingelogd(browser, PUBLICIST);
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
