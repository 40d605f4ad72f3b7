// Staff use the fleet dashboard in Debian's Chromium against a real central node with simulated kiosks:
// log in, read every status in words and icons (not colour alone), see the wijk map, open a kiosk's page,
// and ask for a screenshot that then appears. Started by BeheerderBekijktVlootInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const PASSWORD = process.env.ADMIN_PASSWORD;
const ONLINE = process.env.KIOSK_ONLINE;
const OFFLINE = process.env.KIOSK_OFFLINE;
const TE_HEET = process.env.KIOSK_TE_HEET;
const REDACTEUR_WACHTWOORD = process.env.REDACTEUR_WACHTWOORD;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
let browser;

before(async () => {
  assert.ok(CENTRAL && PASSWORD && ONLINE && OFFLINE && TE_HEET && REDACTEUR_WACHTWOORD,
    "CENTRAL_URL, ADMIN_PASSWORD, KIOSK_ONLINE, KIOSK_OFFLINE, KIOSK_TE_HEET and REDACTEUR_WACHTWOORD are needed");
  mkdirSync(ARTEFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
});

async function ingelogd(gebruikersnaam = "admin", wachtwoord = PASSWORD) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  await page.goto(`${CENTRAL}beheer/kiosks/`);
  // The dashboard sends a visitor without a login to the one staff login, which brings them back.
  await page.waitForURL(/beheer\/login/);
  await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${CENTRAL}beheer/kiosks/`);
  await page.locator(`#kiosklijst tr[data-kiosk="${ONLINE}"]`).waitFor();
  return { page, fouten };
}

test("without a login nothing of the fleet is shown: the dashboard leads to the staff login", async () => {
  const page = await browser.newPage();
  await page.goto(`${CENTRAL}beheer/kiosks/`);
  await page.waitForURL(/beheer\/login\?terug=/);
  await page.getByLabel("Gebruikersnaam").fill("admin");
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByText("Gebruikersnaam of wachtwoord klopt niet.").first().waitFor();
  assert.equal(await page.locator("#kiosklijst").count(), 0);
  await page.close();
});

test("the overview names each kiosk's status in words with an icon, in the list and on the wijk map", async () => {
  const { page, fouten } = await ingelogd();
  const online = page.locator(`#kiosklijst tr[data-kiosk="${ONLINE}"] .status`);
  const offline = page.locator(`#kiosklijst tr[data-kiosk="${OFFLINE}"] .status`);
  assert.match(await online.innerText(), /✔\s*Werkt/);
  await page.locator(`#kiosklijst tr[data-kiosk="${OFFLINE}"] [data-status="offline"]`).waitFor();
  assert.match(await offline.innerText(), /✖\s*Offline/);
  assert.match(await page.locator(`#kiosklijst tr[data-kiosk="${OFFLINE}"]`).innerText(), /Kiosk offline tijdens openingstijden/);
  assert.match(await page.locator("#telling").innerText(), /Offline: 1/);
  // A kiosk that answers while too hot is not one of those that work: it reads "Let op", with the alarm beside it.
  await page.locator(`#kiosklijst tr[data-kiosk="${TE_HEET}"] [data-status="let-op"]`).waitFor();
  assert.match(await page.locator(`#kiosklijst tr[data-kiosk="${TE_HEET}"] .status`).innerText(), /⚠\s*Let op/);
  assert.match(await page.locator(`#kiosklijst tr[data-kiosk="${TE_HEET}"]`).innerText(), /Kiosk is te heet/);
  assert.match(await page.locator("#telling").innerText(), /Werkt: 1/);
  assert.match(await page.locator("#telling").innerText(), /Let op: 1/);
  const stip = page.locator(`#kaart-svg [data-kaart-kiosk="${OFFLINE}"]`);
  assert.match(await stip.textContent(), /✖ Offline/, "the kiosk is on the SVG wijk map with its icon and word");
  const kaart = page.locator('#kaart [data-wijk="WK019311"]');
  assert.match(await kaart.innerText(), /Diezerpoort/);
  assert.match(await kaart.innerText(), /Buurthuis De Kroon/);
  await page.screenshot({ path: join(ARTEFACTS, "overzicht.png"), fullPage: true });
  // On a tablet the page itself does not scroll sideways: the wide list scrolls in its own box.
  await page.setViewportSize({ width: 768, height: 1024 });
  const breed = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(breed[0] <= breed[1], `the page is ${breed[0]} px wide in a ${breed[1]} px window`);
  assert.deepEqual(fouten, []);
  await page.close();
});

test("a kiosk's own page shows its health, unknown values as unknown, its event log and trends", async () => {
  const { page, fouten } = await ingelogd();
  await page.getByRole("link", { name: "Buurthuis De Kroon" }).first().click();
  await page.locator("#kiosk-naam", { hasText: "Buurthuis De Kroon" }).waitFor();
  const gezondheid = await page.locator("#kiosk-gezondheid").innerText();
  assert.match(gezondheid, /CPU-temperatuur\s+onbekend/);
  assert.match(gezondheid, /Kioskpagina\s+leeft/);
  assert.match(gezondheid, /Bescherming tegen stroomuitval\s+geen eigen datapartitie, systeem schrijfbaar/);
  assert.match(await page.locator("#gebeurtenissen").innerText(), /Eerste hartslag ontvangen/);
  await page.locator("#trend-antwoorden svg").waitFor();
  await page.locator("#trend-uptime svg").waitFor();
  assert.deepEqual(fouten, []);
  await page.close();
});

test("staff ask for a screenshot and it appears on the kiosk's page", async () => {
  const { page, fouten } = await ingelogd();
  await page.goto(`${CENTRAL}beheer/kiosks/#kiosk/${ONLINE}`);
  await page.locator("#kiosk-naam", { hasText: "Buurthuis De Kroon" }).waitFor();
  await page.getByRole("button", { name: "Schermafbeelding maken" }).click();
  await page.getByText("Gevraagd; de kiosk krijgt het bij zijn volgende hartslag.").waitFor();
  const img = page.getByRole("img", { name: "Schermafbeelding van Buurthuis De Kroon" });
  await img.waitFor({ timeout: 20000 });
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), "the screenshot image loads");
  assert.match(await page.locator("#actielog").innerText(), /Schermafbeelding maken door .* — gedaan/);
  await page.screenshot({ path: join(ARTEFACTS, "kiosk-met-schermafbeelding.png"), fullPage: true });
  assert.deepEqual(fouten, []);
  await page.close();
});

test("a message for the kiosk screen is asked from the dashboard and lands in the audit log", async () => {
  const { page } = await ingelogd();
  await page.goto(`${CENTRAL}beheer/kiosks/#kiosk/${ONLINE}`);
  await page.locator("#kiosk-naam", { hasText: "Buurthuis De Kroon" }).waitFor();
  await page.getByLabel("Bericht op het scherm").fill("Vanavond dicht wegens verbouwing");
  await page.getByLabel("Minuten").fill("30");
  await page.getByRole("button", { name: "Bericht tonen" }).click();
  await page.getByText("Gevraagd; de kiosk krijgt het bij zijn volgende hartslag.").waitFor();
  await page.goto(`${CENTRAL}beheer/kiosks/#audit`);
  await page.locator("#auditlog li", { hasText: "Vanavond dicht wegens verbouwing" }).waitFor();
  await page.close();
});

test("an editor who asks a kiosk for what her role may not is told so in Dutch, and nothing is asked", async () => {
  const { page, fouten } = await ingelogd("rik", REDACTEUR_WACHTWOORD);
  await page.goto(`${CENTRAL}beheer/kiosks/#kiosk/${ONLINE}`);
  await page.locator("#kiosk-naam", { hasText: "Buurthuis De Kroon" }).waitFor();
  await page.getByRole("button", { name: "Inhoud nu verversen" }).click();
  await page.getByText("Niet gelukt: dat mag je rol niet. Vraag het een collega die het wel mag, zoals de beheerder.").waitFor();
  assert.doesNotMatch(await page.locator("#actie-melding").innerText(), /role|Ask|publisher/, "no English for staff");
  assert.doesNotMatch(await page.locator("#actielog").innerText(), /Inhoud nu verversen door Rik/);
  assert.deepEqual(fouten, []);
  await page.close();
});
