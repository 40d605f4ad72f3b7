// What the kiosk's story tests that also use the staff pages do alike: Debian's Chromium started as the suite starts
// it, axe-core's WCAG 2.2 check, waiting for a condition as a person looks again, a staff member logged in through the
// login form, and a kiosk screen at 800x480 used by touch.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WACHT = 60_000;

export function startChromium() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/** axe-core (WCAG 2.2 A/AA), evaluated rather than added as a script tag: the staff pages' CSP blocks inline scripts. */
export async function toegankelijk(page, naam) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const fouten = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
  assert.deepEqual(fouten, [], `axe-core on ${naam}`);
}

/** Polls until `klaar()` is true, the way a person looks again: no fixed waits. */
export async function totdat(klaar, wat) {
  const tot = Date.now() + WACHT;
  for (;;) {
    if (await klaar()) return;
    assert.ok(Date.now() < tot, `waited a minute for ${wat}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A staff member logged in on the central node at `central` through the login form, at a desktop size; its page's
 * script errors are collected. */
export async function medewerker(browser, central, naam, wachtwoord) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  await page.goto(`${central}beheer/`);
  await page.waitForURL(/beheer\/login/);
  await page.getByLabel("Gebruikersnaam").fill(naam);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: "Overzicht" }).waitFor();
  return { context, page, fouten };
}

/** A kiosk screen at 800x480 by touch, as a resident uses it; its script errors are collected. */
export async function kioskScherm(browser, url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 480 }, hasTouch: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  // A tap in the calm moment after a screen changes is ignored on purpose (no double tap carries over): wait it out.
  const rustig = () => page.waitForFunction(() => Date.now() >= Number(document.body.dataset.rustTot || 0));
  const k = {
    page, fouten, context,
    async open() {
      await page.goto(url);
      await page.locator("[data-tegel]").first().waitFor();
    },
    async tik(selector) {
      const doel = page.locator(selector).first();
      await doel.waitFor();
      await rustig();
      await doel.tap();
      await rustig();
    },
    /** Picks a language on the home screen and waits until the screen is drawn again in it. */
    async taal(code) {
      await k.tik(`[data-taal=${code}]`);
      await page.waitForFunction((c) => document.documentElement.lang === c
        && document.querySelector(`[data-taal=${c}]`)?.getAttribute("aria-pressed") === "true", code);
    },
    async typ(tekst) {
      for (const teken of tekst) {
        const toets = page.locator(`[data-toets="${teken.toLocaleLowerCase()}"]`).first();
        for (const pagina of ["abc", "a-z", "123"]) {
          if (await toets.count()) break;
          const wissel = page.locator(`[data-toets="${pagina}"]`);
          if (await wissel.count()) await wissel.first().tap();
        }
        await toets.tap();
      }
    },
  };
  return k;
}

/** A resident's screen as it is: text of at least 20 px, nothing wider than the screen, the direction of `taal`, and
 * axe-core. */
export async function rustigEnLeesbaar(page, taal, scherm) {
  const meting = await page.evaluate(() => {
    const zichtbaar = (e) => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0 && getComputedStyle(e).visibility !== "hidden"; };
    const klein = [...document.querySelectorAll("main *:not(svg):not(svg *)")].filter(zichtbaar)
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 20)
      .map((e) => `${e.tagName} "${e.textContent.trim().slice(0, 20)}" ${getComputedStyle(e).fontSize}`);
    const breed = [...document.querySelectorAll("main *")].filter(zichtbaar)
      .filter((e) => { const b = e.getBoundingClientRect(); return b.left < -1 || b.right > window.innerWidth + 1; })
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`);
    return { klein, breed, dir: document.documentElement.dir };
  });
  assert.equal(meting.dir, taal === "ar" ? "rtl" : "ltr", `the direction of ${taal}, ${scherm}`);
  assert.deepEqual(meting.klein, [], `text under 20 px in ${taal}, ${scherm}`);
  assert.deepEqual(meting.breed, [], `wider than the screen in ${taal}, ${scherm}`);
  await toegankelijk(page, `${scherm} in ${taal}`);
}
