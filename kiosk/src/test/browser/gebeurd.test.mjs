// "Wat er gebeurde" at 800x480 in all six languages, by touch: the winning wijkbudget proposals with how far each is,
// and the evaluation of a plan of the wijk; then, the wijk having no initiatives of its own, the initiatives screen
// with examples from neighbouring wijken, each marked "Uit de wijk …", the note and the first marker in view. Checks axe-core, text of at least 20 px, nothing wider than the screen and
// the status in the resident's own language; keeps a screenshot of the top of the screen and of the whole page per
// language. Started by BewonerZietWatErGebeurdeTest against a real kiosk.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { rustigEnLeesbaar, startChromium } from "./verhaal.mjs";

const KIOSK = process.env.KIOSK_URL;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const KLAAR = { nl: "Klaar", en: "Done", tr: "Bitti", ar: "تمّ", pl: "Gotowe", uk: "Готово" };
let browser;

before(async () => {
  assert.ok(KIOSK, "KIOSK_URL must point at a running kiosk");
  browser = await startChromium();
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

    await rustigEnLeesbaar(page, taal, "what happened");

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
    await rustigEnLeesbaar(page, taal, "initiatives from neighbouring wijken");
    assert.deepEqual(fouten, [], "no script errors");
    await context.close();
  });
}
