// A publicist closes a poll and writes the municipality's response ("u zei … wij doen …") on the poll's staff page in
// Debian's Chromium: an empty field gets a Dutch error next to it and what was typed stays; after publishing, the
// response is on the poll's open-data page, and it can be translated like other content. axe-core checks every page.
// Started by PublicistReageertOpGeslotenPeilingTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
const PEILING = process.env.PEILING;
let browser;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist closes a poll, writes what the municipality does with it, and translates it", async () => {
  const { page, fouten } = await ingelogd(browser, PUBLICIST);
  await page.goto(`${CENTRAL}beheer/peilingen/${PEILING}`);
  assert.equal(await page.getByRole("heading", { name: "Reactie van de gemeente" }).count(), 0, "no response while the poll is open");
  await page.getByRole("button", { name: "Nu sluiten" }).click();
  await page.getByText("De peiling is gesloten").waitFor();
  await page.getByRole("heading", { name: "Reactie van de gemeente" }).waitFor();
  await toegankelijk(page, "the closed poll's page with the response form");

  await page.getByLabel("U zei", { exact: true }).fill("De meeste bewoners willen een zebrapad bij de school.");
  await page.getByRole("button", { name: "Reactie publiceren" }).click();
  await page.locator("#doen-fout", { hasText: "Schrijf op wat de gemeente ermee doet" }).waitFor();
  assert.equal(await page.getByLabel("U zei", { exact: true }).inputValue(), "De meeste bewoners willen een zebrapad bij de school.",
    "what was typed is kept");
  await toegankelijk(page, "the response form with an error");

  await page.getByLabel("Wij doen", { exact: true }).fill("In maart leggen we het zebrapad aan.");
  await page.getByRole("button", { name: "Reactie publiceren" }).click();
  await page.getByText("De reactie is gepubliceerd").waitFor();
  await toegankelijk(page, "the poll's page after publishing the response");

  let turtle = "";
  for (let i = 0; i < 100 && !turtle.includes("zebrapad aan"); i++) {
    turtle = await (await fetch(`${CENTRAL}doc/peiling/${PEILING}`, { headers: { Accept: "text/turtle" } })).text();
    if (!turtle.includes("zebrapad aan")) await new Promise((r) => setTimeout(r, 200));
  }
  assert.match(turtle, /wijDoen>?\s+"In maart leggen we het zebrapad aan\."@nl/);
  assert.match(turtle, /uZei>?\s+"De meeste bewoners willen een zebrapad bij de school\."@nl/);

  await page.goto(`${CENTRAL}beheer/vertalingen/vertaal?item=peiling/${PEILING}/reactie&taal=en`);
  await page.getByLabel("Wij doen (Engels)").fill("In March we will make the zebra crossing.");
  await page.getByLabel("U zei (Engels)").fill("Most residents want a zebra crossing by the school.");
  await toegankelijk(page, "translating the response");
  await page.getByRole("button", { name: "Vertaling opslaan" }).click();
  await page.getByText("staat binnen een minuut op de kiosks").waitFor();
  assert.deepEqual(fouten, [], "no script errors or failed loads on the way");
});
