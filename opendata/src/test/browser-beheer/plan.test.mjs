// A publicist puts a plan in a wijk through the staff pages in Debian's Chromium: phases, a participatiemoment in
// Dutch time and a PDF that the node then serves; a phase ending before it starts and a file that is not a PDF get
// Dutch errors next to their fields, and the PDF already sent is not lost. axe-core checks every page.
// Started by MedewerkerMaaktPlanInBrowserTest, which then finds the plan in a kiosk's content feed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk, WACHTWOORD } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
const TITEL = "Speeltuin aan de Vecht";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
let browser;

before(async () => {
  assert.ok(CENTRAL && PUBLICIST && WACHTWOORD, "CENTRAL_URL, PUBLICIST and WACHTWOORD are needed");
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist makes a plan with phases, a moment and a PDF, fixes two errors, and publishes it", async () => {
  const { context, page, fouten } = await ingelogd(browser, PUBLICIST);
  await page.getByRole("link", { name: "Plannen" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Plannen" }).waitFor();
  await toegankelijk(page, "the list of plans");
  await page.getByRole("link", { name: "Nieuw plan" }).first().click();
  await toegankelijk(page, "the new plan form");

  await page.getByLabel("Titel", { exact: true }).fill(TITEL);
  await page.getByLabel("Samenvatting").fill("Op het lege veld komt een speeltuin. Praat mee over wat erin komt.");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  const fase1 = page.getByRole("group", { name: "Fase 1" });
  await fase1.getByLabel("Naam").fill("Ideeën ophalen");
  await fase1.getByLabel("Vanaf").fill("2027-03-01");
  await fase1.getByLabel("Tot en met").fill("2027-02-01");
  const moment1 = page.getByRole("group", { name: "Moment 1" });
  await moment1.getByLabel("Wat", { exact: true }).fill("Inloopavond over de speeltuin");
  await moment1.getByLabel("Wanneer").fill("2027-03-10T19:30");
  await moment1.getByLabel("Waar").fill("Buurthuis De Kroon");
  const doc1 = page.getByRole("group", { name: "Nieuw document 1" });
  await doc1.getByLabel("Titel van het document").fill("Schets van de speeltuin");
  await doc1.getByLabel("PDF-bestand").setInputFiles({ name: "schets.pdf", mimeType: "application/pdf", buffer: PDF });
  const doc2 = page.getByRole("group", { name: "Nieuw document 2" });
  await doc2.getByLabel("Titel van het document").fill("Brief");
  await doc2.getByLabel("PDF-bestand").setInputFiles({ name: "brief.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK geen pdf") });
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();

  await page.locator("#fase1-tot-fout", { hasText: "eindigt voordat ze begint" }).waitFor();
  assert.equal(await fase1.getByLabel("Tot en met").getAttribute("aria-invalid"), "true");
  await page.locator("#nieuw2-bestand-fout", { hasText: "geen PDF" }).waitFor();
  assert.match(await page.getByRole("group", { name: "Nieuw document 1" }).innerText(), /Ontvangen: schets\.pdf/, "the PDF already sent is kept");
  assert.equal(await page.getByLabel("Titel", { exact: true }).inputValue(), TITEL);
  await toegankelijk(page, "the plan form with errors");

  await page.getByRole("group", { name: "Fase 1" }).getByLabel("Tot en met").fill("2027-04-30");
  await page.getByRole("group", { name: "Nieuw document 2" }).getByLabel("Titel van het document").fill("");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("Het plan is gepubliceerd").waitFor();
  await toegankelijk(page, "a published plan's page");
  const id = page.url().split("/").pop();
  console.log(`PLAN=${id}`);

  const link = await page.getByRole("group", { name: /Document 1/ }).getByRole("link", { name: "openen" }).getAttribute("href");
  const pdf = await fetch(link);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get("content-type"), "application/pdf");
  assert.ok(Buffer.from(await pdf.arrayBuffer()).equals(PDF), "the node serves the PDF as it was uploaded");

  let turtle = "";
  for (let i = 0; i < 100 && !turtle.includes("2027-03-10T19:30:00+01:00"); i++) {
    turtle = await (await fetch(`${CENTRAL}doc/plan/${id}`, { headers: { Accept: "text/turtle" } })).text();
    if (!turtle.includes("+01:00")) await new Promise((r) => setTimeout(r, 200));
  }
  assert.match(turtle, /2027-03-10T19:30:00\+01:00/, "the moment is published in Dutch time with its offset");
  assert.ok(turtle.includes(link), "the document is linked from the plan in the open data");

  // The plan's place: a click on the wijk map in the form.
  await page.goto(`${CENTRAL}beheer/plannen/${id}`);
  await page.getByRole("button", { name: /Kaart van de wijken/ }).click({ position: { x: 250, y: 180 } });
  await page.getByText("De plek van het plan staat op de kaart.").waitFor();
  await toegankelijk(page, "a plan's page after placing its pin");
  assert.deepEqual(fouten, []);
  await context.close();
});
