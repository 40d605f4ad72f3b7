// What every staff-page browser test does alike: Debian's Chromium started as the suite starts it, a staff member
// logged in through the login form as a person would, the page's faults collected, and axe-core's WCAG 2.2 AA check.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const CENTRAL = process.env.CENTRAL_URL;
export const WACHTWOORD = process.env.WACHTWOORD;
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export function startChromium() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** axe-core on the page as it is now: WCAG 2.0, 2.1 and 2.2, levels A and AA. CSP blocks a script tag, not this. */
export async function toegankelijk(page, naam) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const uit = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  }));
  const fouten = uit.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(fouten, [], `axe-core on ${naam}`);
  await pastInDeBreedte(page, naam);
}

/**
 * Nothing sticks out sideways: a civil servant never scrolls left and right to find the menu or a button, on a laptop
 * nor at 320 px (WCAG 2.1's reflow rule, 1.4.10, which beheer.test.mjs checks at that width). axe-core does not check
 * this.
 */
export async function pastInDeBreedte(page, naam) {
  const uitstekend = await page.evaluate(() => {
    const breedte = document.documentElement.clientWidth;
    return document.documentElement.scrollWidth <= breedte ? [] : [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > breedte + 1)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
  });
  const breedte = page.viewportSize().width;
  assert.deepEqual(uitstekend, [], `${naam} is wider than a ${breedte} px screen`);
}

/**
 * A fresh context at a desktop size; `fouten` collects the page's script errors and failed loads, each load named by
 * its address (the console's "Failed to load resource" names none, and also reports the browser's own favicon
 * request). A form refused with 422 is the page doing its work, not a fault.
 */
export async function nieuwePagina(browser, opties = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opties });
  const page = await context.newPage();
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error" && !/^Failed to load resource/.test(m.text())) fouten.push(m.text()); });
  page.on("response", (r) => { if (r.status() >= 400 && r.status() !== 422) fouten.push(`${r.status()} ${r.url()}`); });
  return { context, page, fouten };
}

/** Logs in from the staff home's address, which sends a stranger to the login form, and lands on "Overzicht". */
export async function inloggen(page, naam, wachtwoord = WACHTWOORD) {
  await page.goto(`${CENTRAL}beheer/`);
  await page.waitForURL(/beheer\/login/);
  await page.getByLabel("Gebruikersnaam").fill(naam);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: "Overzicht" }).waitFor();
}

export async function ingelogd(browser, naam, wachtwoord = WACHTWOORD, opties = {}) {
  const nieuw = await nieuwePagina(browser, opties);
  await inloggen(nieuw.page, naam, wachtwoord);
  return nieuw;
}
