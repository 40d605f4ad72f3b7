// "Voorbeeld op de kiosk": a redacteur drafts a poll and sees it on the kiosk's own page, at the three kiosk screen
// sizes, before anyone publishes it. The staff page passes axe-core; an answer given in the preview is not taken.
// Started by MedewerkerBekijktPeilingOpKioskTest, which then checks the draft is on no kiosk and not in SPARQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { CENTRAL, WACHTWOORD, startChromium, toegankelijk, ingelogd } from "./medewerker.mjs";

const REDACTEUR = process.env.REDACTEUR;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const VRAAG = "Zullen we een moestuin beginnen naast het buurthuis?";
const PLAN = "Een moestuin achter het buurthuis";
const OPTIES = ["Ja, ik doe mee", "Ja, maar ik doe niet mee", "Nee"];
let browser;

before(async () => {
  assert.ok(CENTRAL && REDACTEUR && WACHTWOORD, "CENTRAL_URL, REDACTEUR and WACHTWOORD are needed");
  mkdirSync(ARTEFACTS, { recursive: true });
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

/** Each kiosk screen size in the preview shows `teksten` on the kiosk's own page, laid out at that size. */
async function opDrieSchermen(page, scherm, teksten) {
  for (const maat of ["800x480", "720x1280", "1920x1080"]) {
    const figuur = page.locator("figure", { has: page.locator(`iframe[data-maat="${maat}"]`) });
    assert.match(await figuur.locator("figcaption").innerText(), new RegExp(maat.replace("x", " × ")));
    const kiosk = page.frameLocator(`iframe[data-maat="${maat}"]`);
    for (const tekst of teksten) await tekst(kiosk).waitFor();
    const frame = await (await page.locator(`iframe[data-maat="${maat}"]`).elementHandle()).contentFrame();
    assert.equal(await frame.evaluate(() => `${innerWidth}x${innerHeight}`), maat, "the kiosk page lays out at the screen's own size");
    assert.equal(await frame.evaluate(() => document.body.dataset.scherm), scherm, "the draft's screen opens directly");
  }
}

test("a redacteur sees her draft poll on the kiosk screen at 800×480, 720×1280 and 1920×1080 before publishing", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/peilingen/nieuw`);
  await page.getByLabel("Vraag", { exact: true }).fill(VRAAG);
  await page.getByLabel("Meerkeuze").check();
  for (const [i, optie] of OPTIES.entries()) await page.getByLabel(`Antwoord ${i + 1}`).fill(optie);
  await page.getByLabel("Diezerpoort").check();
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByText("De peiling is opgeslagen als concept").waitFor();
  const id = page.url().split("/").pop();
  console.log(`PEILING=${id}`);

  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).click();
  await page.getByRole("heading", { level: 1, name: "Voorbeeld op de kiosk" }).waitFor();
  await opDrieSchermen(page, "peiling", [(k) => k.getByRole("heading", { name: VRAAG }),
    ...OPTIES.map((o) => (k) => k.getByRole("button", { name: o, exact: true }))]);
  await toegankelijk(page, "the preview page");
  await page.screenshot({ path: join(ARTEFACTS, "peiling-voorbeeld.png"), fullPage: true });

  // An answer in the preview is refused: the kiosk page says it did not work, as it does offline.
  const klein = page.frameLocator('iframe[data-maat="800x480"]');
  await klein.getByRole("button", { name: OPTIES[0], exact: true }).click();
  await klein.locator("#melding", { hasText: "Dat lukte niet" }).waitFor();
  const geweigerd = fouten.findIndex((f) => /^4\d\d .*\/kiosk\/api\/peilingen\/.*\/antwoorden$/.test(f));
  assert.ok(geweigerd >= 0, `the answer was refused: ${fouten}`);
  fouten.splice(geweigerd, 1);

  await page.getByRole("link", { name: "Terug naar het formulier" }).click();
  assert.equal(await page.getByLabel("Vraag", { exact: true }).inputValue(), VRAAG);
  assert.match(await page.locator("#status").innerText(), /concept/i);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees her draft plan on the kiosk screen at the three sizes before publishing", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/plannen/nieuw`);
  await page.getByLabel("Titel", { exact: true }).fill(PLAN);
  await page.getByLabel("Samenvatting").fill("Achter het buurthuis komt een moestuin. Denk mee over wat erin komt.");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  const moment1 = page.getByRole("group", { name: "Moment 1" });
  await moment1.getByLabel("Wat", { exact: true }).fill("Inloopavond over de moestuin");
  await moment1.getByLabel("Wanneer").fill("2030-03-10T19:30");
  await moment1.getByLabel("Waar").fill("Buurthuis De Kroon");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).waitFor();
  const id = page.url().split("/").pop();
  console.log(`PLAN=${id}`);

  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).click();
  await page.getByRole("heading", { level: 1, name: "Voorbeeld op de kiosk" }).waitFor();
  await opDrieSchermen(page, "plan", [(k) => k.locator("#titel", { hasText: PLAN }),
    (k) => k.getByText("Achter het buurthuis komt een moestuin."), (k) => k.getByText("Inloopavond over de moestuin")]);
  await toegankelijk(page, "the plan's preview page");
  assert.deepEqual(fouten, []);
  await context.close();
});
