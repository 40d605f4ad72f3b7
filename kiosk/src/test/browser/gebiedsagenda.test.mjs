// A wijk's gebiedsagenda from the staff's pages to a resident's language, in Debian's Chromium against a real central
// node and kiosk: a publicist writes Diezerpoort's goals and tasks on the wijk's page, a translator translates them into
// Arabic on the translations page; on the kiosk at 800x480 a resident picks Arabic, opens the plans for her wijk and
// reads the agenda below them in Arabic, right to left. The publicist then rewrites the first goal: the kiosk shows
// that goal in Dutch, marked as Dutch, with the note that it is not in her language yet, while the others stay Arabic.
// Checks text of at least 20 px, nothing wider than the screen and axe-core; keeps screenshots of both. Started by
// BewonerLeestDeGebiedsagendaInHaarTaalTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { kioskScherm, medewerker as inloggen, rustigEnLeesbaar, startChromium, toegankelijk, totdat } from "./verhaal.mjs";

const { KIOSK_URL: KIOSK, CENTRAL_URL: CENTRAL, PUBLICIST, VERTALER, WACHTWOORD } = process.env;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const WIJK = "WK019311";
const DOELEN = ["Meer bomen en groen in de straten", "Buren kennen elkaar en helpen elkaar"];
const OPGAVE = "Twintig bomen planten in de Vechtstraat";
const ARABISCH = {
  doel1: "مزيد من الأشجار والخضرة في الشوارع",
  doel2: "الجيران يعرفون بعضهم ويساعدون بعضهم",
  opgave1: "زراعة عشرين شجرة في شارع فيختسترات",
};
const NIEUW_DOEL = "Meer bomen, groen en bankjes in de straten";
let browser;

const medewerker = (naam) => inloggen(browser, CENTRAL, naam, WACHTWOORD);

before(async () => {
  for (const [naam, waarde] of Object.entries({ KIOSK, CENTRAL, PUBLICIST, VERTALER, WACHTWOORD })) {
    assert.ok(waarde, `${naam} is needed`);
  }
  mkdirSync(ARTEFACTS, { recursive: true });
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

/** The publicist writes Diezerpoort's goals and tasks, one a line, on the wijk's page. */
async function schrijfAgenda(doelen) {
  const { context, page } = await medewerker(PUBLICIST);
  await page.getByRole("link", { name: "Wijken" }).first().click();
  await page.getByRole("link", { name: "Diezerpoort" }).click();
  await page.getByRole("heading", { level: 1, name: "Wijk Diezerpoort" }).waitFor();
  await page.getByLabel("Doelen").fill(doelen.join("\n"));
  await page.getByLabel("Opgaven").fill(OPGAVE);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText("De wijk Diezerpoort is opgeslagen").waitFor();
  await context.close();
}

/** What the kiosk holds of the agenda and its Arabic, as its screens read it. */
async function opDeKiosk() {
  const plannen = await (await fetch(`${KIOSK}api/plannen`)).json();
  const vertalingen = await (await fetch(`${KIOSK}api/vertalingen`)).json();
  return { agenda: plannen.gebiedsagenda || {}, ar: ((vertalingen[`gebiedsagenda/${WIJK}`] || {}).ar) || {} };
}

/** A resident at 800x480 by touch: picks Arabic on the home screen and opens the plans for her wijk. */
async function bewonerInHetArabisch() {
  const kiosk = await kioskScherm(browser, KIOSK);
  await kiosk.open();
  await kiosk.taal("ar");
  await kiosk.tik("[data-tegel=plannen]");
  const agenda = kiosk.page.locator(`[data-gebiedsagenda=${WIJK}]`);
  await agenda.waitFor();
  await agenda.scrollIntoViewIfNeeded();
  return { context: kiosk.context, page: kiosk.page, agenda, fouten: kiosk.fouten };
}

test("a resident reads her wijk's gebiedsagenda in Arabic, and in Dutch where the Dutch changed since", async () => {
  await schrijfAgenda(DOELEN);

  const { context: vertaling, page } = await medewerker(VERTALER);
  await page.getByRole("link", { name: "Vertalingen" }).first().click();
  const rij = page.locator(`tr[data-item="gebiedsagenda/${WIJK}"]`);
  assert.match(await rij.locator("th").innerText(), /Gebiedsagenda: Diezerpoort/);
  await rij.locator('td[data-taal="ar"] a').click();
  await page.getByRole("heading", { level: 1, name: /in het Arabisch/ }).waitFor();
  const doel1 = page.getByLabel("Doel 1 (Arabisch)");
  assert.equal(await doel1.getAttribute("dir"), "rtl");
  await doel1.fill(ARABISCH.doel1);
  await page.getByLabel("Doel 2 (Arabisch)").fill(ARABISCH.doel2);
  await page.getByLabel("Opgave 1 (Arabisch)").fill(ARABISCH.opgave1);
  await toegankelijk(page, "translating a gebiedsagenda");
  await page.getByRole("button", { name: "Vertaling opslaan" }).click();
  await page.getByText("De vertaling in het Arabisch").waitFor();
  await vertaling.close();

  await totdat(async () => {
    const { agenda, ar } = await opDeKiosk();
    return (agenda.doelen || [])[0] === DOELEN[0] && ar.doel1 === ARABISCH.doel1 && ar.opgave1 === ARABISCH.opgave1;
  }, "the agenda and its Arabic on the kiosk");

  const eerst = await bewonerInHetArabisch();
  for (const [veld, tekst] of Object.entries(ARABISCH)) {
    const regel = eerst.agenda.locator(`[data-veld=${veld}]`);
    assert.equal(await regel.innerText(), tekst, `${veld} in Arabic`);
    assert.equal(await regel.getAttribute("lang"), null, `${veld} is not marked as Dutch`);
  }
  assert.equal(await eerst.agenda.locator("[lang=nl]").count(), 0, "nothing of the agenda falls back to Dutch");
  await rustigEnLeesbaar(eerst.page, "ar", "the plans screen with the agenda in Arabic");
  await eerst.page.screenshot({ path: join(ARTEFACTS, "gebiedsagenda-ar.png") });
  assert.deepEqual(eerst.fouten, [], "no script errors");
  await eerst.context.close();

  await schrijfAgenda([NIEUW_DOEL, DOELEN[1]]);
  await totdat(async () => {
    const { agenda, ar } = await opDeKiosk();
    return (agenda.doelen || [])[0] === NIEUW_DOEL && !ar.doel1;
  }, "the new Dutch on the kiosk, without the outdated Arabic");

  const daarna = await bewonerInHetArabisch();
  const gewijzigd = daarna.agenda.locator("[data-veld=doel1]");
  assert.equal(await gewijzigd.innerText(), NIEUW_DOEL, "the changed goal in today's Dutch");
  assert.equal(await gewijzigd.getAttribute("lang"), "nl");
  assert.equal(await gewijzigd.getAttribute("dir"), "ltr");
  assert.equal(await daarna.agenda.locator("[data-veld=doel2]").innerText(), ARABISCH.doel2, "the other goal stays Arabic");
  const noot = daarna.page.locator(".alleen-nl");
  assert.equal(await noot.innerText(), "هذا النص غير متوفر بلغتك بعد. تراه باللغة الهولندية.");
  await rustigEnLeesbaar(daarna.page, "ar", "the plans screen with one goal in Dutch");
  await daarna.page.screenshot({ path: join(ARTEFACTS, "gebiedsagenda-ar-nl.png") });
  await noot.scrollIntoViewIfNeeded();
  await daarna.page.screenshot({ path: join(ARTEFACTS, "gebiedsagenda-ar-noot.png") });
  assert.deepEqual(daarna.fouten, [], "no script errors");
  await daarna.context.close();
});
