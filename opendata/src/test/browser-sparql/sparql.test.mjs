// A reuser who knows SPARQL uses the central node's query page in Debian's Chromium: runs an example, opens a
// permalink, draws a chart and downloads the result in every format, and the page loads nothing from another site.
// Started by HergebruikerGebruiktDeQuerypaginaTest, directly and behind a proxy that serves the node below a path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const PAGE_BASE = process.env.CENTRAL_URL; // where the browser reaches the node, e.g. http://localhost:1234/buurtstem/
const IRI_BASE = process.env.BASE_URI; // what the node's IRIs start with
let browser;

before(async () => {
  assert.ok(PAGE_BASE && IRI_BASE, "CENTRAL_URL and BASE_URI are needed");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
});

/** A fresh page that records every request leaving the node's part of the site, and every script error. */
async function queryPage(url = `${PAGE_BASE}sparql`) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const elsewhere = [];
  const errors = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(PAGE_BASE) && !u.startsWith("data:") && !u.startsWith("blob:")) elsewhere.push(u);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.locator(".yasqe .CodeMirror").waitFor();
  return { page, elsewhere, errors, close: () => context.close() };
}

async function resultRows(page) {
  await page.locator(".yasr .dataTable tbody tr").first().waitFor();
  return page.locator(".yasr .dataTable tbody tr").allInnerTexts();
}

test("the page is YASGUI served by the node, and asks no other site for anything", async () => {
  const { page, elsewhere, errors, close } = await queryPage();
  await page.getByRole("button", { name: /Plannen in mijn wijk/ }).click();
  await resultRows(page);
  assert.deepEqual(elsewhere, [], "requests to other sites");
  assert.deepEqual(errors, [], "script errors");
  await close();
});

test("an example query shows its rows in a table, and the address bar becomes its permalink", async () => {
  const { page, close } = await queryPage();
  await page.getByRole("button", { name: /Plannen in mijn wijk/ }).click();
  const rows = await resultRows(page);
  assert.ok(rows.some((r) => r.includes("Nieuwe inrichting Vechtstraat")), rows.join("\n"));
  const address = new URL(page.url());
  assert.ok(address.href.startsWith(`${PAGE_BASE}sparql?query=`), address.href);
  assert.match(address.searchParams.get("query"), /\?plan a bs:Plan/);
  const permalink = await page.locator("#permalink").getAttribute("href");
  assert.equal(permalink, address.href);
  await close();
});

test("a permalink opens the page with the query in the editor and runs it", async () => {
  const query = `SELECT ?klasse (COUNT(?ding) AS ?aantal) WHERE { ?ding a ?klasse } GROUP BY ?klasse ORDER BY DESC(?aantal)`;
  const { page, close } = await queryPage(`${PAGE_BASE}sparql?query=${encodeURIComponent(query)}`);
  assert.match(await page.locator(".yasqe .CodeMirror").innerText(), /COUNT\(\?ding\)/);
  const rows = await resultRows(page);
  assert.ok(rows.length > 5, rows.join("\n"));
  await close();
});

test("a result with a column of numbers is drawn as a bar chart", async () => {
  const query = `SELECT ?klasse (COUNT(?ding) AS ?aantal) WHERE { ?ding a ?klasse } GROUP BY ?klasse ORDER BY DESC(?aantal)`;
  const { page, close } = await queryPage(`${PAGE_BASE}sparql?query=${encodeURIComponent(query)}`);
  await resultRows(page);
  await page.locator(".yasr .select_grafiek").click();
  await page.locator(".yasr figure.grafiek svg rect").first().waitFor();
  const bars = await page.locator(".yasr figure.grafiek svg rect").count();
  assert.ok(bars > 5, `${bars} bars`);
  assert.match(await page.locator(".yasr figure.grafiek figcaption").innerText(), /aantal per klasse/);
  await close();
});

async function downloadsOf(page) {
  await page.locator("#downloads a").first().waitFor();
  const files = {};
  for (const link of await page.locator("#downloads a").all()) {
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    files[await link.innerText()] = {
      name: download.suggestedFilename(),
      text: readFileSync(await download.path(), "utf8"),
    };
  }
  return files;
}

test("a SELECT result downloads as CSV, TSV, JSON and XML", async () => {
  const { page, close } = await queryPage();
  await page.getByRole("button", { name: /Plannen in mijn wijk/ }).click();
  await resultRows(page);
  const files = await downloadsOf(page);
  assert.deepEqual(Object.keys(files).sort(), ["CSV", "JSON", "TSV", "XML"]);
  assert.match(files.CSV.text.split("\n")[0], /^plan,titel/);
  assert.match(files.CSV.name, /\.csv$/);
  assert.match(files.TSV.text.split("\n")[0], /^\?plan\t\?titel/);
  assert.ok(JSON.parse(files.JSON.text).results.bindings.length > 0);
  assert.match(files.XML.text, /<sparql xmlns="http:\/\/www.w3.org\/2005\/sparql-results#"/);
  for (const f of Object.values(files)) assert.match(f.text, /Nieuwe inrichting Vechtstraat/);
  await close();
});

test("a CONSTRUCT result downloads as Turtle, JSON-LD, RDF/XML and N-Triples", async () => {
  const { page, close } = await queryPage();
  await page.getByRole("button", { name: /Alles over één plan/ }).click();
  await page.locator(".yasr .CodeMirror, .yasr pre").first().waitFor();
  const files = await downloadsOf(page);
  assert.deepEqual(Object.keys(files).sort(), ["JSON-LD", "N-Triples", "RDF/XML", "Turtle"]);
  assert.ok(Array.isArray(JSON.parse(files["JSON-LD"].text)["@graph"]) || JSON.parse(files["JSON-LD"].text)["@id"]);
  assert.match(files["RDF/XML"].text, /<rdf:RDF/);
  assert.match(files["N-Triples"].text, new RegExp(`^<${IRI_BASE.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}id/plan/`, "m"));
  assert.match(files.Turtle.text, /Nieuwe inrichting Vechtstraat|Inloopavond/);
  await close();
});
