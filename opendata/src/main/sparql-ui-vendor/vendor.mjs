// Copies YASGUI's browser build into the central node's resources (src/main/resources/sparql-ui/static/vendor),
// so the jar serves it and the query page never loads code from elsewhere. The bundle's source-map comment is
// dropped: the map is not shipped, and a browser's developer tools would ask the node for it.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "node_modules/@zazuko/yasgui");
const out = join(here, "../resources/sparql-ui/static/vendor");
const { version, license, homepage } = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
mkdirSync(out, { recursive: true });

const strip = (text) => text.replace(/\n?\/[/*]# sourceMappingURL=\S+( \*\/)?\s*$/, "\n");
writeFileSync(join(out, "yasgui.min.js"), strip(readFileSync(join(pkg, "build/yasgui.min.js"), "utf8")));
writeFileSync(join(out, "yasgui.min.css"), strip(readFileSync(join(pkg, "build/yasgui.min.css"), "utf8")));
writeFileSync(
  join(out, "README.txt"),
  `@zazuko/yasgui ${version} (${license} licence, ${homepage}), copied by opendata/src/main/sparql-ui-vendor ` +
    `(npm ci && npm run vendor). Do not edit: change the version there and run it again.\n`,
);
// The bundle carries the code of YASGUI's dependencies: their licences travel with it.
const notices = [];
const packages = (dir) =>
  readdirSync(dir).flatMap((name) =>
    name.startsWith("@") ? readdirSync(join(dir, name)).map((n) => join(dir, name, n)) : [join(dir, name)],
  );
for (const dir of packages(join(here, "node_modules")).filter((d) => existsSync(join(d, "package.json"))).sort()) {
  const p = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  notices.push(`== ${p.name} ${p.version} (${typeof p.license === "string" ? p.license : JSON.stringify(p.license)})\n` +
    (file ? readFileSync(join(dir, file), "utf8").trim() + "\n" : ""));
}
writeFileSync(join(out, "LICENSES.txt"), notices.join("\n"));
console.log(`@zazuko/yasgui ${version} copied to ${out}`);
