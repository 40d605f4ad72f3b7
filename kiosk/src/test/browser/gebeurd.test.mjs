// "Wat er gebeurde" at 800x480 in all six languages, by touch: the winning wijkbudget proposals with how far each is,
// and the evaluation of a plan of the wijk; then, the wijk having no initiatives of its own, the initiatives screen
// with examples from neighbouring wijken, each marked "Uit de wijk …", the note and the first marker in view. Checks axe-core, text of at least 20 px, nothing wider than the screen and
// the status in the resident's own language; keeps a screenshot of the top of the screen and of the whole page per
// language. Started by BewonerZietWatErGebeurdeTest against a real kiosk.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const KIOSK = process.env.KIOSK_URL;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const KLAAR = { nl: "Klaar", en: "Done", tr: "Bitti", ar: "تمّ", pl: "Gotowe", uk: "Готово" };
let browser;

before(async () => {
  assert.ok(KIOSK, "KIOSK_URL must point at a running kiosk");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(ARTEFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

// GEBEURD_TALEN=ar narrows a run while working on one language.
const TALEN = (process.env.GEBEURD_TALEN || Object.keys(KLAAR).join(",")).split(",");
for (const [taal, klaar] of Object.entries(KLAAR).filter(([code]) => TALEN.includes(code))) {
  test(`what happened in the wijk, in ${taal} at 800x480`, async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 480 }, hasTouch: true });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const fouten = [];
    page.on("pageerror", (e) => fouten.push(String(e)));
    await page.goto(KIOSK);
    await page.locator("[data-tegel]").first().waitFor();
    const rustig = () => page.waitForFunction(() => Date.now() >= Number(document.body.dataset.rustTot || 0));
    await rustig();
    await page.locator(`[data-taal=${taal}]`).tap();
    // The home screen is drawn again in the new language, and ignores touches for a moment after it.
    await page.locator(`[data-taal=${taal}][aria-pressed=true]`).waitFor();
    await page.waitForTimeout(150);
    await rustig();
    await page.locator("[data-tegel=gebeurd]").tap();
    const bankjes = page.locator("[data-gewonnen=bankjes]");
    await bankjes.waitFor().catch(async (e) => {
      await page.screenshot({ path: join(ARTEFACTS, `fout-${taal}.png`) });
      throw new Error(`${e.message}\nscript errors: ${fouten}\n${await page.locator("body").innerText()}`);
    });
    await rustig();
    assert.equal(await page.locator("[data-gewonnen]").count(), 2, "two proposals won within the budget");
    assert.equal(await page.locator("[data-gewonnen=bomen]").count(), 0, "the trees no longer fitted");
    assert.match(await bankjes.locator("[data-uitvoering=klaar]").innerText(), new RegExp(`^${klaar}`));
    assert.match(await bankjes.innerText(), /De bankjes staan er sinds maart\./);
    assert.equal(await page.locator("[data-evaluatie=vechtstraat-2028]").count(), 1, "the evaluation of the wijk's plan");
    await page.screenshot({ path: join(ARTEFACTS, `gebeurd-${taal}.png`) });
    await page.locator("[data-gewonnen=bankjes]").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTEFACTS, `gebeurd-${taal}-gekozen.png`) });
    await page.screenshot({ path: join(ARTEFACTS, `gebeurd-${taal}-heel.png`), fullPage: true });

    await controleer(page, taal, "what happened");

    // Diezerpoort has no initiatives of its own here: examples from neighbouring wijken, each marked as such.
    await page.locator("#naar-start").tap();
    await page.locator("[data-tegel=initiatieven]").waitFor();
    await page.waitForTimeout(150);
    await rustig();
    await page.locator("[data-tegel=initiatieven]").tap();
    await page.locator("[data-buren]").waitFor();
    const elders = await page.locator("[data-uit-wijk]").allInnerTexts();
    assert.ok(elders.length > 0 && elders.every((x) => /Aa-landen|Binnenstad|Assendorp|Holtenbroek/.test(x)), `marked with their wijk: ${elders}`);
    // Without scrolling: the note that these are neighbours' examples, and the first one's "from the wijk" marker.
    const inBeeld = await page.evaluate(() => {
      const main = document.getElementById("scherm").getBoundingClientRect();
      const onder = Math.min(main.bottom, innerHeight);
      return ["[data-buren]", "[data-initiatief] [data-uit-wijk]"].map((s) => {
        const b = document.querySelector(s).getBoundingClientRect();
        return `${s} ${Math.round(b.top)}..${Math.round(b.bottom)} of ${Math.round(main.top)}..${Math.round(onder)}: ${b.top >= main.top - 1 && b.bottom <= onder + 1 ? "in view" : "below the fold"}`;
      });
    });
    assert.ok(inBeeld.every((x) => x.endsWith("in view")), `in ${taal} at 800x480: ${inBeeld.join("; ")}`);
    await page.screenshot({ path: join(ARTEFACTS, `initiatieven-${taal}.png`) });
    await controleer(page, taal, "initiatives from neighbouring wijken");
    assert.deepEqual(fouten, [], "no script errors");
    await context.close();
  });
}

/** Text of at least 20 px, nothing wider than the screen, the page's direction, and axe-core, on the screen as it is. */
async function controleer(page, taal, scherm) {
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
  assert.equal(meting.dir, taal === "ar" ? "rtl" : "ltr");
  assert.deepEqual(meting.klein, [], `text under 20 px in ${taal}, ${scherm}`);
  assert.deepEqual(meting.breed, [], `wider than the screen in ${taal}, ${scherm}`);
  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
  assert.deepEqual(axe, [], `axe in ${taal}, ${scherm}`);
}
