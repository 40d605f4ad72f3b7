// The personas' walks of issue 18: an elderly resident, an Arabic-speaking newcomer, Turkish, Polish and Ukrainian
// speakers and a voter with a stemcode, at 800x480, 720x1280 and 1920x1080 in all six languages, by touch, in one
// browser against one kiosk. On every screen they reach it fails on text overflowing its box, a line in the other
// writing direction without its own dir, and a label the voice would read letter by letter; a tap on a target below
// the fold must first find a visible way down (the ▼ button, counted as a tap); each task has a tap budget. Per
// language the plan page's read-aloud is recorded and its length set against the idle timer.
// Started by BewonersLopenHunPadInElkeTaalTest against a real kiosk with espeak-ng.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const KIOSK = process.env.KIOSK_URL;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const STEMCODES = (process.env.STEMCODES || "").split(",").filter(Boolean);
// WALK_SIZES=800x480 WALK_TALEN=ar narrows a run while working on one screen.
const alleen = (lijst, env) => lijst.filter((x) => !process.env[env] || process.env[env].split(",").includes(x.naam || x));
const SIZES = alleen([
  { naam: "800x480", width: 800, height: 480 },
  { naam: "720x1280", width: 720, height: 1280 },
  { naam: "1920x1080", width: 1920, height: 1080 },
], "WALK_SIZES");
const TALEN = alleen(["nl", "en", "tr", "ar", "pl", "uk"], "WALK_TALEN");
// Answer the poll: the tile and an answer. Next participation evening: the plans tile shows it. A stemcode: its twelve
// symbols at 800x480 (the prefix is on the screen already, the dashes come by themselves, the last symbol checks it).
const BUDGET = { peiling: 2, avond: 1, stemcode: 12 };
// A word of one's own language on the idea keyboard: one tap a letter, two for a letter on the accents page.
const WOORD = { nl: ["bankje", 6], en: ["bench", 5], tr: ["ağaç", 4], ar: ["حديقة", 5], pl: ["ławka", 6], uk: ["сім'я", 5] };
// The letters each voice reads as words; anything else it spells ("Arabic alif, Arabic lam..."). The Arabic and
// Ukrainian voices read a Latin word (a wijk's name) with English rules; the Latin voices spell every other script.
const SCHRIFT = {
  nl: /\p{Script=Latin}/u, en: /\p{Script=Latin}/u, tr: /\p{Script=Latin}/u, pl: /\p{Script=Latin}/u,
  ar: /[\p{Script=Arabic}\p{Script=Latin}]/u, uk: /[\p{Script=Cyrillic}\p{Script=Latin}]/u,
};
// A WAV of a tenth of a second of silence: what 'Lees voor' plays while only its words are checked.
const STIL = (() => {
  const data = 2205 * 2, b = Buffer.alloc(44 + data);
  b.write("RIFF", 0); b.writeUInt32LE(36 + data, 4); b.write("WAVEfmt ", 8); b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22); b.writeUInt32LE(22050, 24); b.writeUInt32LE(44100, 28);
  b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34); b.write("data", 36); b.writeUInt32LE(data, 40);
  return b;
})();
const figuren = { tikken: [], voorlezen: [] };
let browser;
let codes = 0;
const bundels = {};

before(async () => {
  assert.ok(KIOSK, "KIOSK_URL must point at a running kiosk");
  assert.ok(STEMCODES.length >= SIZES.length * TALEN.length, "one demo stemcode per size and language");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required"],
  });
  for (const taal of TALEN) bundels[taal] = await (await fetch(new URL(`taal/${taal}.json`, KIOSK))).json();
});

after(async () => {
  await browser?.close();
  mkdirSync(ARTEFACTS, { recursive: true });
  writeFileSync(join(ARTEFACTS, "wandelingen.json"), JSON.stringify(figuren, null, 2));
});

/** Seconds of sound in a WAV file, from its header. */
function wavSeconden(wav) {
  const byteRate = wav.readUInt32LE(28);
  let p = 12;
  while (p + 8 <= wav.length) {
    const id = wav.toString("ascii", p, p + 4), grootte = wav.readUInt32LE(p + 4);
    if (id === "data") return Math.min(grootte, wav.length - p - 8) / byteRate;
    p += 8 + grootte + (grootte % 2);
  }
  throw new Error("no data chunk in the read-aloud's WAV");
}

// What a resident would notice on the screen as it is now: text out of its box, a line in the other direction
// without its own dir. Runs in the page.
function bekijk() {
  const fouten = [];
  // A visually hidden label (1 px, clipped) is for screen readers: not seen, so not checked.
  const zichtbaar = (e) => {
    const b = e.getBoundingClientRect();
    return b.width > 2 && b.height > 2 && getComputedStyle(e).visibility !== "hidden" && !e.closest("[hidden], [aria-hidden=true]");
  };
  const naam = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""} "${e.textContent.trim().replace(/\s+/g, " ").slice(0, 30)}"`;
  const alles = [...document.body.querySelectorAll("*:not(svg):not(svg *):not(textarea):not(input)")].filter(zichtbaar);
  for (const e of alles) {
    const stijl = getComputedStyle(e);
    if (stijl.display === "inline" || stijl.display === "contents") continue;
    const scrollt = (o) => o === "auto" || o === "scroll";
    if (!scrollt(stijl.overflowX) && e.scrollWidth > e.clientWidth + 1) fouten.push(`text wider than its box: ${naam(e)} ${e.scrollWidth}>${e.clientWidth}`);
    const knip = stijl.overflowY === "hidden" || stijl.overflowY === "clip" || e.matches("button");
    if (knip && !scrollt(stijl.overflowY) && e.scrollHeight > e.clientHeight + 1) fouten.push(`text taller than its box: ${naam(e)} ${e.scrollHeight}>${e.clientHeight}`);
  }
  // Every piece of text stays inside the button that holds it and inside the screen.
  const loper = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const rtl = document.documentElement.dir === "rtl";
  const tegen = rtl ? /[\p{Script=Latin}\p{Script=Cyrillic}]/u : /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
  const eigen = rtl ? /\p{Script=Arabic}/u : /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
  for (let n = loper.nextNode(); n; n = loper.nextNode()) {
    const ouder = n.parentElement;
    if (!n.textContent.trim() || !ouder || !zichtbaar(ouder) || ouder.closest("svg, textarea")) continue;
    const r = document.createRange();
    r.selectNodeContents(n);
    const knop = ouder.closest("button");
    const doos = knop ? knop.getBoundingClientRect() : null;
    for (const b of r.getClientRects()) {
      if (b.width === 0) continue;
      if (b.left < -1 || b.right > innerWidth + 1) fouten.push(`text off the screen: ${naam(ouder)}`);
      if (doos && (b.left < doos.left - 1 || b.right > doos.right + 1 || b.top < doos.top - 1 || b.bottom > doos.bottom + 1)) {
        fouten.push(`text out of its button: ${naam(ouder)}`);
      }
    }
    // Words of the other direction need their own dir (a Dutch sentence inside an Arabic line, an Arabic name in a
    // left-to-right one): one word is placed right by the bidi rules, a phrase with spaces and punctuation is not.
    const tekst = n.textContent.trim();
    if (tegen.test(tekst)) {
      const richting = ouder.closest("[dir]");
      const goed = richting && richting !== document.documentElement && richting.getAttribute("dir") === (rtl ? "ltr" : "rtl");
      const alleenTegen = !eigen.test(tekst);
      const zin = alleenTegen ? /\s/.test(tekst) : (rtl ? /[\p{Script=Latin}\p{Script=Cyrillic}][^\p{Script=Arabic}]*\s[^\p{Script=Arabic}]*[\p{Script=Latin}\p{Script=Cyrillic}]/u : /\p{Script=Arabic}\S*\s+\S*\p{Script=Arabic}/u).test(tekst);
      if (!goed && zin) fouten.push(`a line in the other direction without dir: ${naam(ouder)}`);
    }
  }
  // What does not fit is reached by a tap on ▼, for residents who cannot swipe.
  const scherm = document.getElementById("scherm");
  if (scherm.scrollHeight > scherm.clientHeight + 4 && document.getElementById("blader").hidden) {
    fouten.push(`more below the fold and no ▼ to reach it: ${scherm.scrollHeight}>${scherm.clientHeight}`);
  }
  return [...new Set(fouten)];
}

/** The words 'Lees voor' sends, checked for what the voice would spell instead of say. */
function gespeld(delen) {
  const fouten = [];
  for (const d of delen) {
    const schrift = SCHRIFT[d.taal];
    if (!schrift) { fouten.push(`a part in no voice's language: ${d.taal}`); continue; }
    for (const woord of d.tekst.split(/\s+/)) {
      const letters = [...woord].filter((c) => /\p{L}/u.test(c));
      if (letters.some((c) => !schrift.test(c))) fouten.push(`"${woord}" goes to the ${d.taal} voice, which spells it`);
    }
    if (/(?:^|\s)(?:\p{L}[\s,.]+){3,}/u.test(` ${d.tekst} `)) fouten.push(`single letters in a row: "${d.tekst.slice(0, 60)}"`);
  }
  return fouten;
}

/** One resident at one size in one language, from the kiosk's first screen. */
async function bewoner(context, size, taal) {
  const page = await context.newPage();
  const fouten = [];
  page.on("pageerror", (e) => fouten.push(String(e)));
  let opnemen = null;
  let gelezen = null;
  // What 'Lees voor' asked for; the page counts the answers it has started to play (data-voorgelezen).
  let gevraagd = 0;
  await page.route("**/api/voorlezen", async (route) => {
    gevraagd++;
    gelezen = route.request().postDataJSON()?.delen || [];
    if (!opnemen) return route.fulfill({ status: 200, contentType: "audio/wav", body: STIL });
    const echt = await route.fetch({ timeout: 120_000 });
    const wav = await echt.body();
    opnemen(wav);
    return route.fulfill({ response: echt, body: wav });
  });
  const waar = `${size.naam} ${taal}`;
  if (process.env.WALK_LOG) page.on("console", (m) => console.log(`${waar} console: ${m.text()}`));
  const r = {
    page, tikken: 0,
    async rustig() {
      await page.waitForFunction(() => Date.now() >= Number(document.body.dataset.rustTot || 0));
    },
    /** A tap as a resident makes it: if the target is below the fold, first ▼ (which must then be there). */
    async tik(selector, wat) {
      const doel = page.locator(selector).first();
      await doel.waitFor();
      await r.rustig();
      for (let blad = 0; ; blad++) {
        const stand = await doel.evaluate((e) => {
          const b = e.getBoundingClientRect(), main = document.getElementById("scherm").getBoundingClientRect();
          const binnen = e.closest("main");
          const onder = binnen ? Math.min(main.bottom, innerHeight) : innerHeight;
          const x = (b.left + b.right) / 2, y = (Math.max(b.top, binnen ? main.top : 0) + Math.min(b.bottom, onder)) / 2;
          const zichtbaar = b.top < onder - 24 && b.bottom > (binnen ? main.top : 0) + 24;
          const raak = zichtbaar && e.contains(document.elementFromPoint(x, y));
          const neer = document.getElementById("blader-neer");
          return { raak, onder: b.top >= onder - 24, neer: !document.getElementById("blader").hidden && !neer.disabled };
        });
        if (stand.raak) break;
        assert.ok(stand.onder && stand.neer, `${wat}: its target is ${stand.onder ? "below the fold with no ▼ in view" : "covered"} at ${waar}`);
        assert.ok(blad < 6, `${wat}: six times ▼ and still not in view at ${waar}`);
        await page.locator("#blader-neer").tap();
        r.tikken++;
        await page.waitForTimeout(150);
      }
      await doel.tap();
      r.tikken++;
      await page.waitForTimeout(150);
      await r.rustig();
    },
    /** Taps the keys; a letter not on the page is looked for on the accents page (one tap more). */
    async typ(tekst) {
      for (const teken of tekst) {
        const toets = page.locator(`[data-toets="${teken.toLowerCase()}"]`).first();
        if (!(await toets.count()) && (await page.locator('[data-toets="áé"]').count())) {
          await page.locator('[data-toets="áé"]').first().tap();
          r.tikken++;
        }
        await toets.tap();
        r.tikken++;
      }
    },
    /** The checks every screen gets: what is seen, and what 'Lees voor' would say. */
    async scherm(naam) {
      if (process.env.WALK_LOG) console.log(`${waar}: ${naam}`);
      await page.waitForTimeout(100);
      const gezien = await page.evaluate(bekijk);
      assert.deepEqual(gezien, [], `${naam} at ${waar}`);
      gelezen = null;
      await page.locator("#lees-voor").click();
      for (let i = 0; gelezen === null && i < 100; i++) await page.waitForTimeout(50);
      assert.ok(gelezen, `'Lees voor' sent nothing on ${naam} at ${waar}`);
      assert.deepEqual(gespeld(gelezen), [], `read aloud on ${naam} at ${waar}`);
      await r.stil();
    },
    /** Stops what 'Lees voor' plays, if it plays. */
    async stil() {
      // Only once the page has taken in every answer does 'speelt' tell whether a tap stops or starts the voice.
      await page.waitForFunction((n) => Number(document.body.dataset.voorgelezen || 0) >= n, gevraagd);
      await page.waitForTimeout(200);
      if (await page.evaluate(() => document.body.dataset.voorlezen === "speelt")) await page.locator("#lees-voor").click();
      await page.locator("body:not([data-voorlezen=speelt])").waitFor({ state: "attached" });
    },
    /** Records what 'Lees voor' says on this screen; resolves with the WAV. */
    async neemOp() {
      await r.stil();
      const wav = new Promise((klaar) => { opnemen = klaar; });
      gelezen = null;
      await page.locator("#lees-voor").click();
      for (let i = 0; gelezen === null && i < 100; i++) await page.waitForTimeout(50);
      assert.ok(gelezen, `'Lees voor' asked nothing at ${waar}`);
      const geluid = await Promise.race([wav, page.waitForTimeout(120_000).then(() => assert.fail(`no read-aloud recorded at ${waar}`))]);
      opnemen = null;
      return geluid;
    },
    async taal() {
      if (taal !== "nl") {
        await r.tik(`[data-taal=${taal}]`, "choosing the language");
        await page.locator(`html[lang=${taal}]`).waitFor({ state: "attached" });
      }
      r.tikken = 0;
    },
    async dicht() {
      assert.deepEqual(fouten, [], `no script errors at ${waar}`);
      await page.close();
    },
  };
  await page.clock.install();
  await page.goto(KIOSK);
  await page.locator("[data-tegel]").first().waitFor();
  await r.taal();
  return r;
}

for (const size of SIZES) {
  test(`personas' walks at ${size.naam}`, { timeout: 900_000 }, async (t) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: true });
    context.setDefaultTimeout(15_000);
    for (const taal of TALEN) {
      await t.test(`in ${taal}`, async () => {
        const tekst = (sleutel) => bundels[taal][sleutel] ?? bundels.nl[sleutel];
        let b = await bewoner(context, size, taal);
        const { page } = b;
        await b.scherm("home");

        // Answer the poll: the tile, then an answer.
        await b.tik("[data-tegel=peiling]", "the poll's tile");
        await b.scherm("poll");
        await b.tik("[data-optie='1']", "an answer");
        await page.locator(".bedankt").waitFor();
        figuren.tikken.push({ size: size.naam, taal, taak: "peiling", tikken: b.tikken });
        assert.ok(b.tikken <= BUDGET.peiling, `answering the poll took ${b.tikken} taps at ${size.naam} ${taal}`);
        await b.scherm("poll-thanks");
        await b.tik("[data-actie=volgende]", "the next poll");
        await page.locator(".gezicht").first().waitFor();
        await b.scherm("poll-faces");

        // An idea in a word of one's own language.
        await b.tik("#naar-start", "home");
        b.tikken = 0;
        await b.tik("[data-tegel=idee]", "the idea tile");
        const [woord, tikken] = WOORD[taal];
        const voorWoord = b.tikken;
        await b.typ(woord);
        figuren.tikken.push({ size: size.naam, taal, taak: `typ "${woord}"`, tikken: b.tikken - voorWoord });
        assert.equal(await page.locator("#idee-tekst").inputValue(), woord.slice(0, 1).toLocaleUpperCase(taal) + woord.slice(1));
        assert.ok(b.tikken - voorWoord <= tikken, `"${woord}" took ${b.tikken - voorWoord} taps at ${size.naam}`);
        await b.scherm("idea-typed");
        await b.tik("[data-actie=verder]", "next");
        await b.tik("[data-thema=groen]", "a theme");
        await b.scherm("idea-contact");
        await b.tik("[data-actie=zonder-contact]", "without contact");
        await page.locator(".bedankt").waitFor();
        await b.scherm("idea-thanks");

        // The next participation evening: on the plans screen, in view, after one tap.
        await b.tik("#naar-start", "home");
        b.tikken = 0;
        await b.tik("[data-tegel=plannen]", "the plans tile");
        const avond = await page.locator("[data-moment=volgende]").first().evaluate((e) => {
          const b = e.getBoundingClientRect(), main = document.getElementById("scherm").getBoundingClientRect();
          return b.top >= main.top - 1 && b.bottom <= Math.min(main.bottom, innerHeight) + 1;
        });
        figuren.tikken.push({ size: size.naam, taal, taak: "avond", tikken: b.tikken });
        assert.ok(avond, `the next evening is below the fold on the plans screen at ${size.naam} ${taal}`);
        assert.ok(b.tikken <= BUDGET.avond);
        await b.scherm("plans");
        await b.tik("[data-plan=herinrichting-vechtstraat] [data-actie=plan]", "a plan's details");
        await page.locator("body[data-scherm=plan]").waitFor();
        await b.scherm("plan");

        if (size.naam === "800x480") {
          // The longest screen, read aloud in full: its length against the idle timer, which must not cut it off.
          const wav = await b.neemOp();
          const seconden = wavSeconden(wav);
          writeFileSync(join(ARTEFACTS, `voorlezen-plan-${taal}.wav`), wav);
          await page.locator("body[data-voorlezen=speelt]").waitFor();
          const stil = Number(await page.evaluate(() => document.body.dataset.stilNaMs));
          assert.ok(stil > 0, "the page tells its idle time (data-stil-na-ms)");
          figuren.voorlezen.push({ taal, scherm: "plan", seconden: Math.round(seconden * 10) / 10, stilNa: stil / 1000 });
          console.log(`read-aloud of the plan page in ${taal}: ${seconden.toFixed(1)} s; idle reset after ${stil / 1000} s`);
          assert.ok(seconden > 5, `the plan page is read aloud in ${taal}`);
          await page.clock.runFor(Math.max(seconden * 1000, stil) + 2000);
          assert.equal(await page.evaluate(() => document.body.dataset.scherm), "plan",
            `the idle reset cut off a ${seconden.toFixed(0)} s read-aloud in ${taal}`);
          assert.ok(await page.locator("#nog-daar").isHidden(), `"Bent u er nog?" interrupts the read-aloud in ${taal}`);
          await page.locator("#lees-voor").click();
        }

        // Vote with a stemcode: first a mistyped one, explained under the field in the resident's language.
        await b.tik("#naar-start", "home");
        await b.tik("[data-tegel=wijkbudget]", "the wijkbudget tile");
        await page.locator("#stemcode").waitFor();
        await b.typ("22223333444A");
        await page.locator("#stemcode-fout:not(:empty)").waitFor();
        assert.equal(await page.locator("#stemcode-fout").innerText(), tekst("wijkbudget.codeOnbekend"),
          `the wrong code's message in ${taal}`);
        const veld = await page.locator("#stemcode").evaluate((v) => ({ waarde: v.value,
          past: v.scrollWidth <= v.clientWidth + 1 && v.scrollHeight <= v.clientHeight + 1 }));
        assert.ok(veld.past, `the code ${veld.waarde} is not whole on one line of its field at ${size.naam} ${taal}`);
        assert.equal(await page.locator('[data-toets="i"], [data-toets="o"]').count(), 0, "a key for I or O, never in a code");
        await b.scherm("stemcode-wrong");
        await b.dicht();

        // A fresh visit with the letter's code: the tile, the twelve symbols, a proposal, done, vote.
        b = await bewoner(context, size, taal);
        const p = b.page;
        const code = STEMCODES[codes++];
        await b.tik("[data-tegel=wijkbudget]", "the wijkbudget tile");
        await p.locator("#stemcode").waitFor();
        const voor = b.tikken;
        assert.match(code, /^[A-Z]+-/);
        assert.equal(await p.locator("#stemcode").inputValue(), code.slice(0, code.indexOf("-") + 1), "the prefix is there already");
        await b.typ(code.slice(code.indexOf("-") + 1).replace(/-/g, ""));
        await p.locator("[data-voorstel]").first().waitFor();
        const codeTikken = b.tikken - voor;
        figuren.tikken.push({ size: size.naam, taal, taak: "stemcode", tikken: codeTikken });
        if (size.naam === "800x480") assert.ok(codeTikken <= BUDGET.stemcode, `the stemcode took ${codeTikken} taps in ${taal}`);
        await b.scherm("wijkbudget-choose");
        await b.tik("[data-voorstel=speeltoestel]", "a proposal");
        await b.tik("[data-actie=bevestig]", "done choosing");
        await b.scherm("wijkbudget-confirm");
        await b.tik("[data-actie=stem]", "vote");
        await p.locator(".bedankt").waitFor();
        figuren.tikken.push({ size: size.naam, taal, taak: "stemmen", tikken: b.tikken });
        await b.scherm("wijkbudget-thanks");
        await b.dicht();
      });
    }
    await context.close();
  });
}
