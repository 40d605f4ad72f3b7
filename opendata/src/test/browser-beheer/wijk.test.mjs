// A publicist uploads Diezerpoort's boundary as GeoJSON and writes its gebiedsagenda through the staff pages in
// Debian's Chromium; a boundary in RD coordinates instead of WGS84 gets a Dutch error next to the field; then she takes
// the boundary from the CBS map shipped with Buurtstem instead. axe-core checks the pages. Started by PublicistZetWijkgrensInBrowserTest, which then finds both in a kiosk's feed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ingelogd, startChromium, toegankelijk } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
let browser;

const ring = [[6.105, 52.515], [6.125, 52.516], [6.128, 52.508], [6.110, 52.503], [6.105, 52.515]];
const geojson = (punten) => Buffer.from(JSON.stringify({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { wijkcode: "WK019311", wijknaam: "Diezerpoort" }, geometry: { type: "Polygon", coordinates: [punten] } }],
}));

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist uploads a wijk's boundary and writes its gebiedsagenda", async () => {
  const { page } = await ingelogd(browser, PUBLICIST);
  await page.getByRole("link", { name: "Wijken" }).first().click();
  await toegankelijk(page, "the list of wijken");
  await page.getByRole("link", { name: "Diezerpoort" }).click();
  await page.getByRole("heading", { level: 1, name: "Wijk Diezerpoort" }).waitFor();
  await toegankelijk(page, "a wijk's page");

  await page.getByLabel("Grens van de wijk (GeoJSON)").setInputFiles({ name: "diezerpoort-rd.geojson", mimeType: "application/geo+json",
    buffer: geojson([[203000, 503000], [204000, 503100], [204100, 502000], [203000, 503000]]) });
  await page.getByLabel("Doelen").fill("Meer groen in de straten\nVeilig fietsen naar school");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.locator("#grens-fout", { hasText: "WGS84" }).waitFor();
  assert.equal(await page.getByLabel("Doelen").inputValue(), "Meer groen in de straten\nVeilig fietsen naar school");
  await toegankelijk(page, "a wijk's page with an error");

  await page.getByLabel("Grens van de wijk (GeoJSON)").setInputFiles({ name: "diezerpoort.geojson", mimeType: "application/geo+json", buffer: geojson(ring) });
  await page.getByLabel("Opgaven").fill("Bomen planten in de Vechtstraat");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText("De wijk Diezerpoort is opgeslagen").waitFor();
  await page.locator("figure.beheer-kaart svg path").waitFor();
  await toegankelijk(page, "a wijk's page with its boundary");
  const geupload = await page.locator("figure.beheer-kaart svg path").getAttribute("d");

  const cbs = page.getByLabel(/neem de grens over uit de CBS Wijk- en Buurtkaart 2025/);
  await cbs.check();
  await page.getByLabel("Grens van de wijk (GeoJSON)").setInputFiles({ name: "diezerpoort.geojson", mimeType: "application/geo+json", buffer: geojson(ring) });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.locator("#grens-fout", { hasText: "niet allebei" }).waitFor();

  await page.getByLabel("Grens van de wijk (GeoJSON)").setInputFiles([]);
  await cbs.check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText("De wijk Diezerpoort is opgeslagen").waitFor();
  const uitCbs = await page.locator("figure.beheer-kaart svg path").getAttribute("d");
  assert.notEqual(uitCbs, geupload, "the outline is now CBS's");
});
