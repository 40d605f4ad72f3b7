// A beheerder adds a wijkpanel volunteer for Diezerpoort through the staff pages in Debian's Chromium (a wijkpanel
// without a wijk gets a Dutch error next to the field); the volunteer logs in, can only choose their own wijk,
// proposes a poll and cannot publish it; a publicist then finds it among the concepts. axe-core checks every page.
// Started by BeheerderVoegtWijkpanelToeInBrowserTest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CENTRAL, ingelogd, pastInDeBreedte, startChromium, toegankelijk } from "./medewerker.mjs";

const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const WIMS_WACHTWOORD = "een-lang-wachtwoord-voor-wim";
let browser;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

test("a beheerder adds a wijkpanel volunteer, who proposes a poll for their own wijk only", async () => {
  const beheerder = await ingelogd(browser, "admin", ADMIN_PASSWORD);
  await beheerder.page.getByRole("link", { name: "Medewerkers" }).click();
  await beheerder.page.getByRole("heading", { level: 1, name: "Medewerkers" }).waitFor();
  await toegankelijk(beheerder.page, "the staff logins page");
  // A beheerder's menu is the longest; on a small laptop it wraps rather than widen the page.
  await beheerder.page.setViewportSize({ width: 1024, height: 768 });
  await pastInDeBreedte(beheerder.page, "the staff logins page");
  await beheerder.page.setViewportSize({ width: 1280, height: 900 });
  await beheerder.page.getByLabel("Naam", { exact: true }).fill("Wim van het wijkpanel");
  await beheerder.page.getByLabel("Gebruikersnaam").fill("wim");
  await beheerder.page.getByLabel("Wijkpanel", { exact: true }).check();
  await beheerder.page.getByLabel("Eerste wachtwoord").fill(WIMS_WACHTWOORD);
  await beheerder.page.getByRole("button", { name: "Toevoegen" }).click();
  await beheerder.page.locator("#wijk-fout", { hasText: "Kies de wijk van dit wijkpanel" }).waitFor();
  assert.equal(await beheerder.page.getByLabel("Eerste wachtwoord").inputValue(), "", "a password is never sent back");
  await toegankelijk(beheerder.page, "the staff logins page with an error");
  await beheerder.page.getByLabel("Wijk (alleen voor een wijkpanel)").selectOption({ label: "Diezerpoort" });
  await beheerder.page.getByLabel("Eerste wachtwoord").fill(WIMS_WACHTWOORD);
  await beheerder.page.getByRole("button", { name: "Toevoegen" }).click();
  await beheerder.page.getByText("Wim van het wijkpanel kan nu inloggen als wijkpanel").waitFor();
  assert.match(await beheerder.page.locator('tr[data-medewerker="wim"]').innerText(), /Wijkpanel\s+Diezerpoort/);

  const wim = await ingelogd(browser, "wim", WIMS_WACHTWOORD);
  assert.equal(await wim.page.getByRole("link", { name: "Medewerkers" }).count(), 0);
  await wim.page.getByRole("link", { name: "Peilingen" }).first().click();
  await wim.page.getByRole("link", { name: "Nieuwe peiling" }).click();
  await toegankelijk(wim.page, "the poll form for a wijkpanel");
  const wijken = await wim.page.locator('input[name="wijken"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(wijken, ["WK019311"], "a wijkpanel member can only choose their own wijk");
  assert.equal(await wim.page.getByRole("button", { name: "Opslaan en publiceren" }).count(), 0);
  await wim.page.getByLabel("Vraag", { exact: true }).fill("Wilt u een bankje bij de bushalte?");
  await wim.page.getByLabel("Ja of nee").check();
  await wim.page.getByRole("button", { name: "Voorstel opslaan" }).click();
  await wim.page.getByText("Uw voorstel is opgeslagen. Een publicist bekijkt het").waitFor();

  await beheerder.page.goto(`${CENTRAL}beheer/`);
  await beheerder.page.locator('[data-groep="concept"]', { hasText: "Wilt u een bankje bij de bushalte?" }).waitFor();
  await beheerder.page.getByRole("link", { name: "Wilt u een bankje bij de bushalte?" }).first().click();
  await beheerder.page.getByRole("button", { name: "Publiceren", exact: true }).click();
  await beheerder.page.getByText("De peiling is gepubliceerd").waitFor();
  await beheerder.context.close();
  await wim.context.close();
});
