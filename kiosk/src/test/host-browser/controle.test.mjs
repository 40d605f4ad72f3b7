// A volunteer opens the hardware check in Debian's Chromium: the PIN is asked first, then every button press,
// lamp blink and sensor change shows on the screen. Started by VrijwilligerControleertBedradingInBrowserTest
// against a real kiosk on simulated hardware; KIOSK_URL, HOST_PIN and ARTEFACTS come from there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const KIOSK = process.env.KIOSK_URL;
const PIN = process.env.HOST_PIN;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
let browser;

before(async () => {
  assert.ok(KIOSK && PIN, "KIOSK_URL and HOST_PIN must be set");
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

async function simulate(path) {
  const response = await fetch(KIOSK + path, { method: "POST" });
  assert.equal(response.status, 204, path);
}

async function axe(page, naam) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "));
  });
  assert.deepEqual(violations, [], "axe on " + naam);
}

test("the check asks for the PIN and refuses a wrong one kindly", async () => {
  const page = await browser.newPage();
  // The host types the kiosk's address and /host, as the folder in the buurthuis says.
  await page.goto(KIOSK + "host");
  assert.equal(page.url(), KIOSK + "host/controle.html");
  await axe(page, "pincode");
  await page.fill("#pin", "0000");
  await page.click("text=Openen");
  await page.locator("#melding", { hasText: "klopt niet" }).waitFor();
  assert.equal(await page.locator("#controle").isHidden(), true);
  await page.close();
});

test("every part shows: buttons as pressed, lamps blinking on request, the sensor", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(KIOSK + "host/controle.html");
  await page.fill("#pin", PIN);
  await page.click("text=Openen");
  await page.locator("#knop-5").waitFor();

  for (let knop = 1; knop <= 5; knop++) {
    await simulate("host/knoppen/" + knop);
    await page.locator("#gebeurtenissen li", { hasText: "knop-" + knop + ": ingedrukt" }).waitFor();
  }
  await simulate("host/hulpknop");
  await page.locator("#gebeurtenissen li", { hasText: "hulpknop: ingedrukt" }).waitFor();
  // Each box counted its presses, so a press shorter than the page's polling still showed.
  for (let knop = 1; knop <= 5; knop++) {
    assert.equal(await page.locator("#knop-" + knop).getAttribute("data-gedrukt"), "1", "knop " + knop);
  }

  await page.click("#lamp-rood button");
  await page.locator("#gebeurtenissen li", { hasText: "lamp-rood: aan" }).waitFor();
  await page.locator("#gebeurtenissen li", { hasText: "lamp-rood: uit" }).waitFor();
  await page.click("#lamp-oranje button");
  await page.locator("#gebeurtenissen li", { hasText: "lamp-oranje: aan" }).waitFor();

  await simulate("host/aanwezigheid/iemand");
  await page.locator("#aanwezigheid .stand", { hasText: "ziet iemand" }).waitFor();
  assert.match(await page.locator("#scherm .stand").textContent(), /aan|gedimd/);
  assert.equal(await page.locator("#gesimuleerd").isVisible(), true);
  assert.ok((await page.locator("#gezondheid").textContent()).includes("onbekend"), "no Pi: Pi readings unknown");

  await axe(page, "controle");
  await page.screenshot({ path: join(ARTEFACTS, "controle.png"), fullPage: true });
  await page.close();
});
