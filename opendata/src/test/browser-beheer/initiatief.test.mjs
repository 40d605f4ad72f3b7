// A publicist puts a neighbours' initiative on the kiosks through the staff pages in Debian's Chromium, with a photo
// that the node checks, scales down and strips of hidden data; a phone number in the public story and a file that is
// no photo get Dutch errors next to their fields, and the photo already sent is kept. axe-core checks every page.
// Started by MedewerkerPlaatstInitiatiefInBrowserTest, which passes a JPEG with hidden data (FOTO) and its secret.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, startChromium, toegankelijk, WACHTWOORD } from "./medewerker.mjs";

const PUBLICIST = process.env.PUBLICIST;
const FOTO = process.env.FOTO;
const GEHEIM = process.env.GEHEIM;
let browser;

before(async () => {
  assert.ok(CENTRAL && PUBLICIST && WACHTWOORD && FOTO && GEHEIM, "CENTRAL_URL, PUBLICIST, WACHTWOORD, FOTO and GEHEIM are needed");
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a publicist places an initiative with a photo, fixes the errors, and publishes it without the photo's hidden data", async () => {
  const { context, page, fouten } = await ingelogd(browser, PUBLICIST);
  await page.getByRole("link", { name: "Initiatieven" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Initiatieven" }).waitFor();
  await toegankelijk(page, "the list of initiatives");
  await page.getByRole("link", { name: "Nieuw initiatief" }).first().click();
  await toegankelijk(page, "the new initiative form");

  await page.getByLabel("Naam van het initiatief").fill("Moestuin achter De Kroon");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Diezerpoort" });
  await page.getByLabel("Verhaal").fill("Buren kweken samen groente. Bel Ans op 06-12345678 als je mee wilt doen.");
  await page.getByLabel("Wat is er nodig?").fill("Handen op zaterdag en een regenton.");
  await page.getByLabel("Foto kiezen").setInputFiles(FOTO);
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();

  await page.locator("#verhaal-fout", { hasText: "geen e-mailadres of telefoonnummer" }).waitFor();
  assert.equal(await page.getByLabel("Verhaal").getAttribute("aria-invalid"), "true");
  await page.locator("#fotobeschrijving-fout", { hasText: "Beschrijf wat er op de foto staat" }).waitFor();
  const src = await page.locator("img.beheer-foto").getAttribute("src");
  assert.match(src, /\/fotos\/[0-9a-f]{64}\.jpg$/, "the photo sent is kept while the errors are fixed");
  await toegankelijk(page, "the initiative form with errors");

  await page.getByLabel("Andere foto kiezen").setInputFiles({ name: "brief.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 geen foto") });
  await page.getByLabel("Verhaal").fill("Buren kweken samen groente achter het buurthuis. Iedereen mag meedoen.");
  await page.getByLabel("Wat staat er op de foto?").fill("Buren planten tomaten in de moestuin");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.locator("#foto-fout", { hasText: "geen foto" }).waitFor();
  assert.equal(await page.locator("img.beheer-foto").getAttribute("src"), src, "a wrong second file does not lose the first photo");

  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await page.getByText("Het initiatief is gepubliceerd").waitFor();
  await toegankelijk(page, "a published initiative's page");
  const id = page.url().split("/").pop();
  console.log(`INITIATIEF=${id}`);

  const foto = await fetch(src);
  assert.equal(foto.headers.get("content-type"), "image/jpeg");
  const bytes = Buffer.from(await foto.arrayBuffer());
  assert.equal(bytes.indexOf(GEHEIM), -1, "the hidden data in the upload is gone");
  const maat = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, src);
  assert.deepEqual(maat, [1280, 960], "scaled down to 1280 pixels wide, in proportion");
  assert.deepEqual(fouten, []);
  await context.close();
});
