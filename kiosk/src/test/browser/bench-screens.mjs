// bench/kiosk-screens: taps through the kiosk's screens in Chromium (800x480) and prints, per screen, the median
// over all its visits of the bytes transferred and of the kiosk's server time (time to first byte of each request
// the screen makes, summed). Baseline in the same run: the kiosk's /health, its cheapest request.
// It measures; it asserts nothing. Usage: node bench-screens.mjs KIOSK_URL [taps=200]
import { chromium } from "playwright-core";

const KIOSK = process.argv[2];
const TAPS = Number(process.argv[3] || 200);
const DOEL_KB = 150;
const SCHERMEN = [
  ["peiling", "[data-tegel=peiling]"], ["plannen", "[data-tegel=plannen]"], ["initiatieven", "[data-tegel=initiatieven]"],
  ["idee", "[data-tegel=idee]"], ["wijkbudget", "[data-tegel=wijkbudget]"],
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
const page = await browser.newPage({ viewport: { width: 800, height: 480 }, hasTouch: true });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Network.enable");
let bytes = 0;
const ttfb = new Map();
let serverMs = 0;
let open = 0;
cdp.on("Network.requestWillBeSent", () => { open++; });
cdp.on("Network.responseReceived", (e) => {
  const t = e.response.timing;
  if (t) ttfb.set(e.requestId, t.receiveHeadersStart ?? t.receiveHeadersEnd);
  if (t) serverMs += Math.max(0, (t.receiveHeadersStart ?? t.receiveHeadersEnd) - t.sendEnd);
});
cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; open--; });
cdp.on("Network.loadingFailed", () => { open--; });

async function stil() {
  // Settled: no request open for 150 ms (the screens fetch their data once, then render).
  let rustig = 0;
  while (rustig < 3) {
    await page.waitForTimeout(50);
    rustig = open <= 0 ? rustig + 1 : 0;
  }
}

async function meet(doe) {
  bytes = 0;
  serverMs = 0;
  const begin = performance.now();
  await doe();
  await stil();
  return { bytes, serverMs, wallMs: performance.now() - begin };
}

const metingen = new Map();
const bewaar = (naam, m) => { if (!metingen.has(naam)) metingen.set(naam, []); metingen.get(naam).push(m); };

const eerste = await meet(async () => { await page.goto(KIOSK); await page.locator("[data-tegel]").first().waitFor(); });
bewaar("start (first load, every file)", eerste);
let tikken = 0;
for (let i = 0; tikken < TAPS; i++) {
  const [naam, selector] = SCHERMEN[i % SCHERMEN.length];
  bewaar(naam, await meet(() => page.locator(selector).first().tap()));
  bewaar("start", await meet(() => page.locator("#naar-start").tap()));
  tikken += 2;
}
const health = [];
for (let i = 0; i < 200; i++) {
  health.push(await meet(() => page.evaluate(() => fetch("/health").then((r) => r.text()))));
}
await browser.close();

const mediaan = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const basis = mediaan(health.map((m) => m.serverMs));
console.log(`kiosk screens at 800x480, ${tikken} taps; median per screen (target <= ${DOEL_KB} KB per screen)`);
console.log(`baseline: GET /health server time ${basis.toFixed(2)} ms`);
console.log("screen".padEnd(34) + "visits  KB     server ms  x baseline  wall ms");
for (const [naam, ms] of metingen) {
  const kb = mediaan(ms.map((m) => m.bytes)) / 1024;
  const server = mediaan(ms.map((m) => m.serverMs));
  console.log(`${naam.padEnd(34)}${String(ms.length).padEnd(8)}${kb.toFixed(1).padEnd(7)}${server.toFixed(2).padEnd(11)}`
    + `${(server / Math.max(basis, 0.01)).toFixed(1).padEnd(12)}${mediaan(ms.map((m) => m.wallMs)).toFixed(0)}`
    + (kb > DOEL_KB ? "  OVER TARGET" : ""));
}
