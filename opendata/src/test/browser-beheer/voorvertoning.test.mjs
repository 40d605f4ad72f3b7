// "Voorbeeld op de kiosk": a redacteur drafts a poll, a plan, an initiative, a wijkbudget, the menukaart and an
// evaluation, and sees
// each on the kiosk's own page, at the three kiosk screen sizes, before anyone publishes it; a publicist sees her wijk's
// kiosk screen. The staff pages pass axe-core; an answer, an idea or a vote given in the preview is not taken, and the
// kiosk page says it is a preview (not "try again", nor "someone already voted with this code").
// Started by MedewerkerBekijktElkeSoortInhoudOpKioskTest, which then checks the drafts are on no kiosk and not in SPARQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { CENTRAL, WACHTWOORD, startChromium, toegankelijk, ingelogd } from "./medewerker.mjs";

const REDACTEUR = process.env.REDACTEUR;
const PUBLICIST = process.env.PUBLICIST;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const VRAAG = "Zullen we een moestuin beginnen naast het buurthuis?";
const PLAN = "Een moestuin achter het buurthuis";
const OPTIES = ["Ja, ik doe mee", "Ja, maar ik doe niet mee", "Nee"];
const INITIATIEF = "Soeptafel op dinsdag in De Kroon";
const BUDGET = "Wijkbudget Diezerpoort voorjaar 2028";
const VOORSTELLEN = [["Bloembakken langs de Hoogstraat", "3500"], ["Een buitenpingpongtafel", "4500"]];
const STAP = "Vertel ons uw idee bij de kiosk";
const EVALUATIE = "Terugblik op de nieuwe Vechtstraat";
let browser;

before(async () => {
  assert.ok(CENTRAL && REDACTEUR && PUBLICIST && WACHTWOORD, "CENTRAL_URL, REDACTEUR, PUBLICIST and WACHTWOORD are needed");
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

/** Follows the form's "Voorbeeld op de kiosk" to the preview page. */
async function naarVoorbeeld(page) {
  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).click();
  await page.getByRole("heading", { level: 1, name: "Voorbeeld op de kiosk" }).waitFor();
}

const VOORBEELD_TELT_NIET = /Dit is een voorbeeld: wat u hier kiest of stuurt, telt niet/;

/** The 800×480 kiosk page in the preview, and a wait until it takes taps (it ignores a tap just after a screen change). */
async function kleinScherm(page) {
  const frame = await (await page.locator('iframe[data-maat="800x480"]').elementHandle()).contentFrame();
  const rustig = () => frame.waitForFunction(() => Date.now() >= Number(document.body.dataset.rustTot || 0));
  return { klein: page.frameLocator('iframe[data-maat="800x480"]'), rustig };
}

/** Takes the one refused preview call matching `adres` out of the page's faults: it is the preview doing its work. */
function geweigerd(fouten, adres) {
  const i = fouten.findIndex((f) => /^4\d\d /.test(f) && adres.test(f));
  assert.ok(i >= 0, `refused: ${adres} in ${fouten}`);
  fouten.splice(i, 1);
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

  // An answer in the preview is refused, and the kiosk page says why: it is a preview.
  const { klein, rustig } = await kleinScherm(page);
  await rustig();
  await klein.getByRole("button", { name: OPTIES[0], exact: true }).click();
  await klein.locator("#melding").filter({ hasText: VOORBEELD_TELT_NIET }).waitFor();
  geweigerd(fouten, /\/kiosk\/api\/peilingen\/.*\/antwoorden$/);

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

  // An idea about the plan, left in the preview, is not taken either, and the kiosk page says it is a preview.
  const { klein, rustig } = await kleinScherm(page);
  for (const knop of ['[data-actie="reageer"]', '[data-actie="verder"]', '[data-thema="groen"]', '[data-actie="zonder-contact"]']) {
    await klein.locator(knop).first().waitFor();
    await rustig();
    await klein.locator(knop).first().click();
  }
  await klein.locator("#melding").filter({ hasText: VOORBEELD_TELT_NIET }).waitFor();
  assert.equal(await klein.locator(".bedankt").count(), 0, "the preview takes no idea");
  geweigerd(fouten, /\/kiosk\/api\/ideeen$/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a plan whose title is only digits opens on its own screen in the preview", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/plannen/nieuw`);
  await page.getByLabel("Titel", { exact: true }).fill("2031");
  await page.getByLabel("Samenvatting").fill("Wat de wijk in 2031 wil bereiken.");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByRole("link", { name: "Voorbeeld op de kiosk" }).waitFor();
  assert.match(page.url(), /\/beheer\/plannen\/\d+$/, "the plan's id is only digits");
  await naarVoorbeeld(page);
  await opDrieSchermen(page, "plan", [(k) => k.locator("#titel", { hasText: "2031" }),
    (k) => k.getByText("Wat de wijk in 2031 wil bereiken.")]);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees her draft initiative with its photo on the kiosk screen at the three sizes", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/initiatieven/nieuw`);
  const foto = Buffer.from((await page.evaluate(() => {
    const c = document.createElement("canvas");
    c.width = 300; c.height = 200;
    const g = c.getContext("2d");
    g.fillStyle = "#2a7"; g.fillRect(0, 0, 300, 200);
    return c.toDataURL("image/png");
  })).split(",")[1], "base64");
  await page.getByLabel("Naam van het initiatief").fill(INITIATIEF);
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  await page.getByLabel("Verhaal").fill("Elke dinsdag koken buren samen soep voor wie wil aanschuiven.");
  await page.getByLabel("Wat is er nodig?").fill("Een paar koks en grote pannen.");
  await page.getByLabel("Foto kiezen").setInputFiles({ name: "soep.png", mimeType: "image/png", buffer: foto });
  await page.getByLabel("Wat staat er op de foto?").fill("Een groene pan soep");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByText("Het initiatief is opgeslagen als concept").waitFor();
  const id = page.url().split("/").pop();
  console.log(`INITIATIEF=${id}`);

  await naarVoorbeeld(page);
  await opDrieSchermen(page, "initiatieven", [(k) => k.locator(`[data-initiatief="${id}"] h2`, { hasText: INITIATIEF }),
    (k) => k.getByText("Elke dinsdag koken buren samen soep"), (k) => k.getByText("Een paar koks en grote pannen.")]);
  for (const maat of ["800x480", "720x1280", "1920x1080"]) {
    const frame = await (await page.locator(`iframe[data-maat="${maat}"]`).elementHandle()).contentFrame();
    await frame.waitForFunction((x) => document.querySelector(`img[data-foto="${x}"]`)?.complete, id);
    assert.ok(await frame.evaluate((x) => document.querySelector(`img[data-foto="${x}"]`).naturalWidth > 0, id),
      `the draft's photo shows at ${maat}`);
  }
  await toegankelijk(page, "the initiative's preview page");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees her draft wijkbudget's proposals and costs on the ballot screen, and a vote there is refused", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/wijkbudgetten/nieuw`);
  await page.getByLabel("Titel", { exact: true }).fill(BUDGET);
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  await page.getByLabel("Budget in euro's").fill("8000");
  await page.getByLabel("Uitleg voor bewoners").fill("Diezerpoort verdeelt 8000 euro. Kies wat u wilt.");
  for (const [i, [naam, kosten]] of VOORSTELLEN.entries()) {
    const v = page.getByRole("group", { name: `Voorstel ${i + 1}` });
    await v.getByLabel("Naam").fill(naam);
    await v.getByLabel("Kosten in euro's").fill(kosten);
  }
  assert.ok(await page.getByLabel("Bewoners stemmen met een stemcode uit een brief").isChecked());
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByText("Het wijkbudget is opgeslagen als concept").waitFor();
  const id = page.url().split("/").pop();
  console.log(`WIJKBUDGET=${id}`);

  await naarVoorbeeld(page);
  await page.getByText("Het voorbeeld slaat die stap over").waitFor();
  await opDrieSchermen(page, "wijkbudget", [(k) => k.locator("#titel", { hasText: BUDGET }),
    (k) => k.getByText("Diezerpoort verdeelt 8000 euro."),
    ...VOORSTELLEN.map(([naam, kosten]) => (k) => k.locator("[data-voorstel]", { hasText: naam })
      .filter({ hasText: new RegExp(`${kosten.slice(0, 1)}\\.${kosten.slice(1)}`) }))]);
  await toegankelijk(page, "the wijkbudget's preview page");

  const kiosk = new URL(await page.locator('iframe[data-maat="800x480"]').getAttribute("src"), page.url());
  const api = await page.request.get(new URL("api/wijkbudgetten", kiosk).href);
  assert.equal(api.status(), 200);
  const tekst = await api.text();
  assert.doesNotMatch(tekst, /stemcodeHash|stemcodeZout|stemcodeIteraties/, "no stemcode hashes or salt in the preview");
  const budgetten = JSON.parse(tekst);
  assert.equal(budgetten[0].id, id, "the ballot screen shows the first budget: the draft");
  assert.equal(budgetten[0].stemcodes, false, "no code is asked or checked in the preview");

  // The kiosk ignores a tap just after a screen changed (the same hand): each tap waits until the screen is at rest.
  const { klein, rustig } = await kleinScherm(page);
  await klein.locator("[data-voorstel]", { hasText: VOORSTELLEN[0][0] }).click();
  await klein.locator('[data-actie="bevestig"]').click();
  await klein.locator('[data-actie="stem"]').waitFor();
  await rustig();
  await klein.locator('[data-actie="stem"]').click();
  // The kiosk page says the vote did not count because this is a preview, not that the code was used, and thanks no one.
  await klein.locator("#melding").filter({ hasText: VOORBEELD_TELT_NIET }).waitFor();
  assert.doesNotMatch(await klein.locator("#melding").innerText(), /al gestemd/);
  assert.equal(await klein.locator(".bedankt").count(), 0, "the preview takes no vote");
  geweigerd(fouten, /\/kiosk\/api\/wijkbudgetten\/.*\/stembiljetten$/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees her draft menukaart step by step on the kiosk screen at the three sizes", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/menukaart`);
  const stap1 = page.getByRole("group", { name: "Stap 1" });
  await stap1.getByLabel("Naam van de stap").fill(STAP);
  const aanbod = (await stap1.getByLabel("Wat de gemeente doet").inputValue()).trim();
  assert.ok(aanbod, "the demo's menukaart says what the municipality does at step 1");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByText("De menukaart is opgeslagen als concept").waitFor();

  await naarVoorbeeld(page);
  await opDrieSchermen(page, "menukaart", [(k) => k.locator("h2", { hasText: STAP }),
    (k) => k.getByText(aanbod.slice(0, 40))]);
  await toegankelijk(page, "the menukaart's preview page");
  await page.frameLocator('iframe[data-maat="1920x1080"]').locator('[data-actie="volgende"]').click();
  await page.frameLocator('iframe[data-maat="1920x1080"]').locator("h2", { hasText: /^Stap 2 van/ }).waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a publicist sees her wijk's name and outline on the kiosk's plans screen at the three sizes", async () => {
  const { context, page, fouten } = await ingelogd(browser, PUBLICIST, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/wijken/WK019311`);
  await naarVoorbeeld(page);
  await opDrieSchermen(page, "plannen", [(k) => k.getByText("Dit gaat de gemeente doen in Diezerpoort."),
    (k) => k.getByRole("img", { name: /Uw wijk Diezerpoort is groen/ }), (k) => k.locator("svg path.eigen")]);
  await toegankelijk(page, "the wijk's preview page");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur sees her draft evaluation under 'Wat er gebeurde' on the kiosk screen at the three sizes", async () => {
  const { context, page, fouten } = await ingelogd(browser, REDACTEUR, WACHTWOORD, { viewport: { width: 1400, height: 1000 } });
  await page.goto(`${CENTRAL}beheer/evaluaties/nieuw`);
  await page.getByLabel("Titel", { exact: true }).fill(EVALUATIE);
  await page.getByLabel("Wat evalueert u?").selectOption({ label: "Plan: Nieuwe inrichting Vechtstraat" });
  await page.getByLabel("Datum", { exact: true }).fill("2030-06-01");
  await page.getByLabel("Doelen").fill("Een rustiger straat waar kinderen buiten spelen");
  await page.getByLabel("Uitkomsten").fill("Er rijden minder auto's door de straat. Buren spelen vaker buiten.");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await page.getByText("De evaluatie is opgeslagen als concept").waitFor();
  const id = page.url().split("/").pop();
  console.log(`EVALUATIE=${id}`);

  await naarVoorbeeld(page);
  await opDrieSchermen(page, "gebeurd", [(k) => k.locator(`[data-evaluatie="${id}"] h3`, { hasText: EVALUATIE }),
    (k) => k.locator(`[data-evaluatie="${id}"]`, { hasText: "Er rijden minder auto's door de straat." })]);
  await toegankelijk(page, "the evaluation's preview page");
  assert.deepEqual(fouten, []);
  await context.close();
});
