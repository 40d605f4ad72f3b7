// Staff make a poll in Debian's Chromium against a real central node, as a person would: by the labels they read,
// with the mouse and with the keyboard alone. A wrong value gets a Dutch error next to its field and keeps what was
// typed; after publishing, the poll is on its open-data page. axe-core checks every staff page (WCAG 2.2 AA).
// Started by MedewerkerMaaktPeilingInBrowserTest, which then finds the poll in a kiosk's content feed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { CENTRAL, WACHTWOORD, inloggen, nieuwePagina, startChromium, toegankelijk } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
const REDACTEUR = process.env.REDACTEUR;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const VRAAG = "Wilt u een extra bankje bij de speeltuin?";
let browser;

before(async () => {
  assert.ok(CENTRAL && PUBLICIST && REDACTEUR && WACHTWOORD, "CENTRAL_URL, PUBLICIST, REDACTEUR and WACHTWOORD are needed");
  mkdirSync(ARTEFACTS, { recursive: true });
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a wrong password is refused next to the field, in Dutch, and the login page passes axe", async () => {
  const { context, page } = await nieuwePagina(browser);
  await page.goto(`${CENTRAL}beheer/login`);
  await toegankelijk(page, "the login page");
  await page.getByLabel("Gebruikersnaam").fill(PUBLICIST);
  await page.getByLabel("Wachtwoord").fill("niet-mijn-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  const veld = page.getByLabel("Wachtwoord");
  await page.locator("#wachtwoord-fout", { hasText: "Gebruikersnaam of wachtwoord klopt niet." }).waitFor();
  assert.equal(await veld.getAttribute("aria-invalid"), "true");
  assert.match(await veld.getAttribute("aria-describedby"), /wachtwoord-fout/);
  assert.equal(await veld.inputValue(), "", "a password is never sent back");
  assert.equal(await page.getByLabel("Gebruikersnaam").inputValue(), PUBLICIST, "the name is kept");
  await toegankelijk(page, "the login page with an error");
  await context.close();
});

test("a publicist makes a poll by its labels, sees a Dutch error for a wrong end, publishes, and finds it in the open data", async () => {
  const { context, page, fouten } = await nieuwePagina(browser);
  await inloggen(page, PUBLICIST);
  await toegankelijk(page, "the staff home");
  await page.getByRole("link", { name: "Kiosks" }).first().waitFor();
  await page.getByRole("heading", { name: "Ideeën van bewoners" }).waitFor();

  await page.getByRole("link", { name: "Peilingen" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Peilingen" }).waitFor();
  await toegankelijk(page, "the list of polls");
  await page.getByRole("link", { name: "Nieuwe peiling" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Nieuwe peiling" }).waitFor();
  await toegankelijk(page, "the new poll form");

  await page.getByLabel("Vraag", { exact: true }).fill(VRAAG);
  await page.getByLabel("Meerkeuze").check();
  await page.getByLabel("Antwoord 1").fill("Ja, graag");
  await page.getByLabel("Antwoord 2").fill("Nee, dat hoeft niet");
  await page.getByLabel("Antwoord 3").fill("Maakt mij niet uit");
  await page.getByLabel("Diezerpoort").check();
  await page.getByLabel("Begin").fill("2030-05-12T09:00");
  await page.getByLabel("Einde").fill("2030-05-01T09:00");
  await page.getByLabel("Plaats op de kiosk").fill("1");
  await page.getByLabel(/Vraag van de week/).check();
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();

  const einde = page.getByLabel("Einde");
  await page.locator("#eind-fout", { hasText: "Het einde moet na het begin liggen" }).waitFor();
  assert.equal(await einde.getAttribute("aria-invalid"), "true");
  assert.match(await einde.getAttribute("aria-describedby"), /eind-fout/);
  assert.match(await page.locator("#foutenlijst").innerText(), /Het einde moet na het begin liggen/);
  assert.equal(await page.getByLabel("Vraag", { exact: true }).inputValue(), VRAAG, "what was typed is kept");
  assert.equal(await page.getByLabel("Antwoord 2").inputValue(), "Nee, dat hoeft niet");
  assert.ok(await page.getByLabel("Diezerpoort").isChecked());
  assert.ok(await page.getByLabel(/Vraag van de week/).isChecked());
  await toegankelijk(page, "the poll form with an error");
  await page.screenshot({ path: join(ARTEFACTS, "peiling-fout.png"), fullPage: true });

  await page.getByLabel("Begin").fill("");
  await einde.fill("2030-05-12T18:00");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("De peiling is gepubliceerd").waitFor();
  assert.equal(await page.locator("#status [data-status]").getAttribute("data-status"), "actief");
  assert.match(await page.locator("#status").innerText(), /tot 12 mei 2030 om 18:00/);
  await toegankelijk(page, "a published poll's page");
  await page.screenshot({ path: join(ARTEFACTS, "peiling-gepubliceerd.png"), fullPage: true });
  const id = page.url().split("/").pop();
  console.log(`PEILING=${id}`);

  await page.reload();
  assert.equal(await page.getByText("De peiling is gepubliceerd").count(), 0, "the message shows once");

  await page.goto(`${CENTRAL}beheer/`);
  const diezerpoort = page.locator("section.beheer-wijk", { has: page.getByRole("heading", { name: "Diezerpoort" }) });
  await diezerpoort.locator('[data-groep="live"]', { hasText: VRAAG }).waitFor();
  await diezerpoort.locator('[data-groep="vertalen"]', { hasText: VRAAG }).waitFor();

  // The open data: published within moments; results stay there after closing.
  await page.goto(`${CENTRAL}doc/peiling/${id}`);
  for (let i = 0; i < 100 && !(await page.getByText(VRAAG).count()); i++) {
    await page.waitForTimeout(200);
    await page.reload();
  }
  await page.getByText(VRAAG).first().waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a redacteur makes a poll with the keyboard alone, saves it as a concept, and cannot publish", async () => {
  const { context, page, fouten } = await nieuwePagina(browser);
  await inloggen(page, REDACTEUR);
  await page.goto(`${CENTRAL}beheer/peilingen/nieuw`);
  await page.getByRole("heading", { level: 1, name: "Nieuwe peiling" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Opslaan en publiceren" }).count(), 0, "a redacteur does not publish");

  const tabNaar = async (selector) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    assert.fail(`${selector} cannot be reached with Tab`);
  };
  const zichtbareFocus = async () => page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return s.outlineStyle !== "none" || s.boxShadow !== "none";
  });
  await page.locator("body").focus();
  await tabNaar("#vraag");
  await page.keyboard.type("Hoe tevreden bent u over de speeltuin?");
  await tabNaar("#soort-keuze");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.ok(await page.getByLabel("Tevredenheid met gezichtjes").isChecked(), "the arrow keys choose a kind");
  await tabNaar("#wijk-WK019311");
  assert.ok(await zichtbareFocus(), "the focused checkbox shows it has focus");
  await page.keyboard.press("Space");
  await tabNaar("#volgorde");
  await page.keyboard.type("2");
  await tabNaar('button[value="concept"]');
  await page.keyboard.press("Enter");
  await page.getByText("De peiling is opgeslagen als concept").waitFor();
  assert.equal(await page.locator("#status [data-status]").getAttribute("data-status"), "concept");
  assert.ok(await page.getByLabel("Diezerpoort").isChecked());
  await toegankelijk(page, "a concept poll's page");
  await page.goto(`${CENTRAL}beheer/`);
  await page.locator('[data-groep="concept"]', { hasText: "Hoe tevreden bent u over de speeltuin?" }).first().waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});

test("while a redacteur types the question, the plain-language check warns next to it without blocking", async () => {
  const { context, page, fouten } = await nieuwePagina(browser);
  await inloggen(page, REDACTEUR);
  await page.goto(`${CENTRAL}beheer/peilingen/nieuw`);
  await page.getByLabel("Vraag", { exact: true }).pressSequentially("Wat vindt u van de herinrichting van het plein?");
  const taal = page.locator("#vraag-taal");
  await taal.getByText(/Moeilijk woord: "herinrichting"\. Zeg liever: nieuwe inrichting/).waitFor();
  assert.match(await taal.innerText(), /Leesbaarheid: \d+ van 100/);
  await toegankelijk(page, "the poll form with the plain-language check's warnings");
  await page.getByLabel("Vraag", { exact: true }).fill("Wilt u een nieuw plein?");
  await page.getByLabel("Vraag", { exact: true }).press("End");
  await page.getByLabel("Vraag", { exact: true }).pressSequentially(" Ja");
  await page.waitForFunction(() => !document.getElementById("vraag-taal").textContent.includes("herinrichting"));
  assert.deepEqual(fouten, []);
  await context.close();
});

// WCAG 2.1 AA, 1.4.10 Reflow: at 320 CSS px (a phone, or 400% zoom on a laptop) a page never scrolls sideways. A
// table, the wijk map and a kiosk preview may be wider: they scroll in their own labelled box, which the keyboard
// reaches and scrolls. One page of each kind: a list, a form with nested fieldsets and the map, a poll with its
// status, a preview and a translation.
test("at 320 px wide the staff pages fit the screen, and a wide table, map or preview scrolls in its own box", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, { viewport: { width: 320, height: 800 } });
  await inloggen(page, PUBLICIST);
  const paginas = [
    ["the list of wijken", "beheer/wijken/", "Wijken"],
    ["the new plan form", "beheer/plannen/nieuw", "Nieuw plan"],
    ["a poll's page", "beheer/peilingen/veilig-in-de-wijk", "Peiling"],
    ["the menukaart's preview page", "beheer/menukaart/voorbeeld", "Voorbeeld op de kiosk"],
    ["a translation's page", "beheer/vertalingen/vertaal?item=peiling/veilig-in-de-wijk&taal=en", /in het Engels$/],
  ];
  for (const [naam, pad, kop] of paginas) {
    await page.goto(`${CENTRAL}${pad}`);
    await page.getByRole("heading", { level: 1, name: kop }).waitFor();
    await toegankelijk(page, `${naam} at 320 px`);
    const breed = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(breed[0] <= breed[1], `${naam} is ${breed[0]} px wide in a ${breed[1]} px window`);
  }

  const scrolltMetToetsen = async (vak, naam) => {
    assert.ok(await vak.evaluate((e) => e.scrollWidth > e.clientWidth), `${naam} is wider than its box`);
    await vak.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((e) => e.scrollLeft > 0, await vak.elementHandle());
  };
  await page.goto(`${CENTRAL}beheer/wijken/`);
  await scrolltMetToetsen(page.getByRole("region", { name: "Wijken" }), "the table of wijken");
  await page.goto(`${CENTRAL}beheer/plannen/nieuw`);
  await scrolltMetToetsen(page.getByRole("region", { name: "Kaart van de wijken" }), "the wijk map");
  await page.goto(`${CENTRAL}beheer/menukaart/voorbeeld`);
  await scrolltMetToetsen(page.getByRole("region", { name: /Groot liggend scherm/ }), "the large landscape preview");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the kiosks' dashboard opens with the same login and passes axe", async () => {
  const { context, page } = await nieuwePagina(browser);
  await inloggen(page, PUBLICIST);
  await page.getByRole("link", { name: "Kiosks" }).first().click();
  // One of the staff pages: their menu and who is logged in, then the fleet filled in by its script.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
  await page.locator("#kiosklijst tbody tr").first().waitFor();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/kiosks.png`, fullPage: true });
  await toegankelijk(page, "the kiosks' dashboard");
  await context.close();
});
