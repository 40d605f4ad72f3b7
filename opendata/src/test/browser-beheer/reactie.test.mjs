// A publicist closes a poll and writes the municipality's response ("u zei … wij doen …") on the poll's staff page in
// Debian's Chromium: an empty field gets a Dutch error next to it and what was typed stays; after publishing, the
// response is on the poll's open-data page, and it can be translated like other content. axe-core checks every page.
// Started by PublicistReageertOpGeslotenPeilingTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const PUBLICIST = process.env.PUBLICIST;
const WACHTWOORD = process.env.WACHTWOORD;
const PEILING = process.env.PEILING;
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

test("a publicist closes a poll, writes what the municipality does with it, and translates it", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${CENTRAL}beheer/login`);
  await page.getByLabel("Gebruikersnaam").fill(PUBLICIST);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
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
});
