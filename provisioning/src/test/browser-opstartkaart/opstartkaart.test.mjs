// An admin registers a new kiosk on the central node's dashboard in Debian's Chromium and downloads its boot card;
// a wrong entry is refused in words and registers nothing. Started by BeheerderMeldtKioskAanInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const CENTRAL = process.env.CENTRAL_URL;
const BEHEERDER = process.env.BEHEERDER;
const WACHTWOORD = process.env.WACHTWOORD;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
let browser;

before(async () => {
  assert.ok(CENTRAL && BEHEERDER && WACHTWOORD, "CENTRAL_URL, BEHEERDER and WACHTWOORD are needed");
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

async function formulier() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  await page.goto(`${CENTRAL}beheer/kiosks/`);
  await page.getByLabel("Gebruikersnaam").fill(BEHEERDER);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("link", { name: "Kiosk aanmelden" }).click();
  await page.getByRole("heading", { name: "Kiosk aanmelden" }).waitFor();
  await page.locator("#kaart-wijk option[value=WK019311]").waitFor({ state: "attached" });
  return { page, fouten };
}

test("wrong settings are refused in Dutch next to their fields, and the overview gains no kiosk", async () => {
  const { page, fouten } = await formulier();
  await page.getByLabel("Naam van de kiosk").fill("Buurthuis Het Anker");
  await page.getByLabel("Wijk", { exact: true }).selectOption("WK019310");
  await page.getByLabel("Openingstijden").fill("maandag van negen tot vijf");
  await page.getByLabel("Wifi-netwerk").fill("Buurthuis Het Anker");
  await page.getByRole("button", { name: "Aanmelden en opstartkaart downloaden" }).click();
  await page.getByText("Niet gelukt: verbeter wat bij de velden staat. Er is niets aangemeld.").waitFor();

  const open = page.getByLabel("Openingstijden");
  assert.equal(await open.getAttribute("aria-invalid"), "true");
  assert.match(await open.getAttribute("aria-describedby"), /kaart-open-fout/, "a screen reader reads the error");
  assert.match(await page.locator("#kaart-open-fout").textContent(),
    /^Schrijf de openingstijden zoals ma-vr 09:00-17:00, za 10:00-13:00 \(niet: "maandag van negen tot vijf"\)/);
  assert.match(await page.getByLabel("Wifi-wachtwoord").getAttribute("aria-describedby"), /kaart-wifi-wachtwoord-fout/);
  assert.match(await page.locator("#kaart-wifi-wachtwoord-fout").textContent(), /Vul het wachtwoord van het wifi-netwerk in/);
  assert.equal(await page.getByLabel("Naam van de kiosk").getAttribute("aria-invalid"), null, "a right field is not marked");
  assert.equal(await page.evaluate(() => document.activeElement.id), "kaart-open", "the first wrong field has the focus");
  assert.doesNotMatch(await page.locator("#aanmelden").innerText(), /Nothing|must|needs|Wi-Fi/, "no English for staff");
  // The error sits between its label and its field, in the field's column: the form keeps its two columns.
  const [veld, foutvak] = await Promise.all([open.boundingBox(), page.locator("#kaart-open-fout").boundingBox()]);
  assert.ok(Math.abs(veld.x - foutvak.x) < 2 && foutvak.y < veld.y, JSON.stringify({ veld, foutvak }));
  await page.screenshot({ path: join(ARTEFACTS, "fout-bij-veld.png"), fullPage: true });
  assert.equal(await page.getByLabel("Naam van de kiosk").inputValue(), "Buurthuis Het Anker", "what was typed stays");
  await page.goto(`${CENTRAL}beheer/kiosks/#`);
  await page.locator("#kiosklijst").waitFor();
  assert.equal(await page.locator("#kiosklijst tbody tr").count(), 0);
  assert.deepEqual(fouten, []);
  await page.close();
});

test("an admin fills in the form, gets the boot card as a download and sees the new kiosk in the overview", async () => {
  const { page, fouten } = await formulier();
  await page.getByLabel("Naam van de kiosk").fill("Buurthuis De Kroon");
  await page.getByLabel("Wijk", { exact: true }).selectOption("WK019311");
  await page.getByLabel("Openingstijden").fill("ma-vr 09:00-17:00, za 10:00-13:00");
  await page.getByLabel("Scherm", { exact: true }).selectOption("touch2");
  await page.getByLabel("Scherm gedraaid").selectOption("90");
  await page.getByLabel("Wifi-netwerk").fill("Buurthuis De Kroon");
  await page.getByLabel("Wifi-wachtwoord").fill("kroon-wifi-2026");
  await page.waitForTimeout(5500); // the page refreshes every 5 s: what is being typed must survive it
  assert.equal(await page.getByLabel("Wijk", { exact: true }).inputValue(), "WK019311");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Aanmelden en opstartkaart downloaden" }).click(),
  ]);

  assert.match(download.suggestedFilename(), /^opstartkaart-kiosk-[0-9a-f]{8}\.zip$/);
  await download.saveAs(join(ARTEFACTS, "opstartkaart.zip"));
  await page.getByText(/Buurthuis De Kroon is aangemeld \(kiosk-[0-9a-f]{8}\)\. De opstartkaart is gedownload\./).waitFor();
  assert.ok(await page.getByText("Zo komt de opstartkaart op de SD-kaart").isVisible(), "the next steps are shown");
  assert.equal(await page.getByLabel("Wifi-wachtwoord").inputValue(), "", "the Wi-Fi password does not stay on screen");
  await page.screenshot({ path: join(ARTEFACTS, "aangemeld.png"), fullPage: true });
  await page.getByRole("link", { name: "Alle kiosks" }).click();
  await page.locator("#kiosklijst tr", { hasText: "Buurthuis De Kroon" }).waitFor();
  assert.deepEqual(fouten, []);
  await page.close();
});
