// The query page: YASGUI (served by this node, see vendor/README.txt) against this node's endpoint, with the
// example queries, a permalink in the address bar, downloads in every result format and a simple bar chart.
(function () {
  "use strict";
  const EXAMPLES = JSON.parse(document.getElementById("sparql-voorbeelden").textContent);
  // The endpoint is where this page is, so the page works below a path behind a reverse proxy too.
  const ENDPOINT = new URL("sparql", location.href).href;
  const SELECT_FORMATS = [
    ["CSV", "csv", "text/csv", "csv"],
    ["TSV", "tsv", "text/tab-separated-values", "tsv"],
    ["JSON", "json", "application/sparql-results+json", "json"],
    ["XML", "xml", "application/sparql-results+xml", "srx"],
  ];
  const GRAPH_FORMATS = [
    ["Turtle", "ttl", "text/turtle", "ttl"],
    ["JSON-LD", "json-ld", "application/ld+json", "jsonld"],
    ["RDF/XML", "xml", "application/rdf+xml", "rdf"],
    ["N-Triples", "nt", "application/n-triples", "nt"],
  ];

  // The property and class suggestions of YASQE ask lov.linkeddata.es: this page calls no other site.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];

  /** A bar per row: labels from the columns that are not numbers, bars from the first column that is. */
  class Grafiek {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Grafiek";
    }
    static isNumber(term) {
      return !!term && term.type !== "uri" && term.value.trim() !== "" && !isNaN(Number(term.value));
    }
    columns() {
      const results = this.yasr.results;
      if (!results || results.hasError() || results.getBoolean() !== undefined) return null;
      const rows = results.getBindings() || [];
      const vars = results.getVariables() || [];
      if (rows.length === 0) return null;
      const value = vars.find((v) => rows.some((r) => r[v]) && rows.every((r) => !r[v] || Grafiek.isNumber(r[v])));
      if (!value) return null;
      return { value, labels: vars.filter((v) => v !== value && !rows.every((r) => !r[v] || Grafiek.isNumber(r[v]))) };
    }
    canHandleResults() {
      try { return this.columns() !== null; } catch (e) { return false; }
    }
    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▤";
      return icon;
    }
    draw() {
      const columns = this.columns();
      const figure = document.createElement("figure");
      figure.className = "grafiek";
      if (!columns) {
        figure.innerHTML = '<p class="melding">Een grafiek past bij een uitslag met één kolom getallen.</p>';
        this.yasr.resultsEl.appendChild(figure);
        return;
      }
      const shown = 60;
      const text = (t) => !t ? "" : t.type === "uri" ? decodeURIComponent(t.value.replace(/[#/]$/, "").split(/[#/]/).pop()) : t.value;
      const rows = this.yasr.results.getBindings().slice(0, shown).map((r) => ({
        label: columns.labels.map((v) => text(r[v])).filter((s) => s !== "").join(" · ") || "(leeg)",
        n: r[columns.value] ? Number(r[columns.value].value) : 0,
      }));
      const max = Math.max(1, ...rows.map((r) => r.n));
      const left = 300, width = 760, bar = 22;
      const ns = "http://www.w3.org/2000/svg";
      const svg = document.createElementNS(ns, "svg");
      svg.setAttribute("width", String(width));
      svg.setAttribute("height", String(rows.length * bar + 10));
      svg.setAttribute("role", "img");
      const title = `${columns.value} per ${columns.labels.join(", ") || "rij"}`;
      svg.setAttribute("aria-label", title);
      rows.forEach((r, i) => {
        const y = i * bar + 5;
        const label = document.createElementNS(ns, "text");
        label.setAttribute("x", String(left - 8));
        label.setAttribute("y", String(y + 15));
        label.setAttribute("text-anchor", "end");
        label.textContent = r.label.length > 42 ? r.label.slice(0, 41) + "…" : r.label;
        const rect = document.createElementNS(ns, "rect");
        const length = Math.max(0, (r.n / max) * (width - left - 70));
        rect.setAttribute("x", String(left));
        rect.setAttribute("y", String(y + 2));
        rect.setAttribute("height", String(bar - 6));
        rect.setAttribute("width", String(length));
        const tip = document.createElementNS(ns, "title");
        tip.textContent = `${r.label}: ${r.n}`;
        rect.appendChild(tip);
        const value = document.createElementNS(ns, "text");
        value.setAttribute("x", String(left + length + 6));
        value.setAttribute("y", String(y + 15));
        value.textContent = String(r.n);
        svg.append(label, rect, value);
      });
      const caption = document.createElement("figcaption");
      caption.textContent = title + (this.yasr.results.getBindings().length > shown ? ` (de eerste ${shown} rijen)` : "");
      figure.append(caption, svg);
      this.svg = svg;
      this.yasr.resultsEl.appendChild(figure);
    }
    download() {
      if (!this.svg) return undefined;
      return {
        contentType: "image/svg+xml",
        getData: () => new XMLSerializer().serializeToString(this.svg),
        filename: "grafiek.svg",
        title: "Grafiek downloaden (SVG)",
      };
    }
  }
  Yasgui.Yasr.registerPlugin("grafiek", Grafiek);

  const fromUrl = new URLSearchParams(location.search).get("query");
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    yasqe: { value: fromUrl || (EXAMPLES.length ? EXAMPLES[0][1] : "SELECT * WHERE { ?s ?p ?o } LIMIT 25") },
    yasr: { pluginOrder: ["table", "grafiek", "response"], defaultPlugin: "table" },
  });

  function run(query, format) {
    const tab = yasgui.getTab();
    tab.setQuery(query);
    const graph = /^(text\/turtle|application\/(ld\+json|rdf\+xml|n-triples))$/.test(format || "");
    tab.getYasr().selectPlugin(graph ? "response" : "table");
    tab.query();
  }

  const examples = document.getElementById("voorbeelden");
  for (const [title, query, format] of EXAMPLES) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = title;
    button.addEventListener("click", () => run(query, format));
    examples.appendChild(button);
  }

  function download(event, query, accept, file) {
    // A long query does not fit in a link (servers refuse very long addresses): send it instead.
    if (event.currentTarget.href.length < 6000) return;
    event.preventDefault();
    fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query }),
    })
      .then((res) => res.blob())
      .then((blob) => {
        const a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = file;
        a.click();
        URL.revokeObjectURL(a.href);
      });
  }

  function afterQuery(tab) {
    const query = tab.getQuery();
    const type = tab.getYasqe().getQueryType();
    const permalink = new URL(ENDPOINT);
    permalink.searchParams.set("query", query);
    history.replaceState(null, "", permalink.pathname + permalink.search);
    document.getElementById("permalink").href = permalink.href;
    const downloads = document.getElementById("downloads");
    downloads.replaceChildren(Object.assign(document.createElement("strong"), { textContent: "Downloaden: " }));
    const formats = type === "CONSTRUCT" || type === "DESCRIBE" ? GRAPH_FORMATS : SELECT_FORMATS;
    for (const [name, short, accept, extension] of formats) {
      const link = new URL(ENDPOINT);
      link.searchParams.set("query", query);
      link.searchParams.set("format", short);
      const a = document.createElement("a");
      a.href = link.href;
      a.download = `buurtstem-resultaat.${extension}`;
      a.textContent = name;
      a.dataset.format = accept;
      a.addEventListener("click", (e) => download(e, query, accept, a.download));
      downloads.appendChild(a);
    }
    document.getElementById("na-de-query").hidden = false;
  }

  yasgui.on("queryResponse", (instance, tab) => afterQuery(tab));
  if (fromUrl) {
    yasgui.getTab().setQuery(fromUrl);
    yasgui.getTab().query();
  }
})();
