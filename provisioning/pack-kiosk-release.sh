#!/usr/bin/env bash
# Packs the kiosk release that Pis install: buurtstem-kiosk-VERSION.tar.gz with lib/ (the kiosk jar and its
# runtime classpath) and bin/buurtstem-kiosk, the launcher the systemd unit starts. Publish it afterwards with
# `./buurtstem release publish`. Usage (after a build; ./buurtstem release pack builds when needed):
#   provisioning/pack-kiosk-release.sh VERSION OUTDIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${1:?usage: pack-kiosk-release.sh VERSION OUTDIR}"
out="${2:?usage: pack-kiosk-release.sh VERSION OUTDIR}"
[[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z._+~-]{0,63}$ ]] || { echo "VERSION has letters, digits and ._+~- only" >&2; exit 2; }

# BUURTSTEM_TARGET: the build directory name when the build used -Dbuurtstem.target (default target).
target="$ROOT/kiosk/${BUURTSTEM_TARGET:-target}"
jar="$(find "$target" -maxdepth 1 -name 'kiosk-*.jar' ! -name '*-sources.jar' | head -n 1)"
[[ -n "$jar" && -f "$target/runtime-classpath.txt" ]] || { echo "build first: no kiosk jar in $target" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/bin" "$stage/lib" "$out"
cp "$jar" "$stage/lib/"
tr ':' '\n' <"$target/runtime-classpath.txt" | while read -r dependency; do
  [[ -n "$dependency" ]] && cp "$dependency" "$stage/lib/"
done
# The launcher names its version, which /health reports: the updater confirms a switch only when it matches.
# JVM flags for a Pi beside Chromium (issue 21, bench/kiosk-memory): a small serial heap whose young generation
# stays at 12 MB (every young collection touches all of it, so a larger one only adds resident pages), C1 only,
# smaller stacks and code cache (the kiosk's C1 code is about 5 MB resident in that bench), no perf-data file (jcmd
# still works by pid), and a class data archive the release writes on its first run and maps from then on.
cat >"$stage/bin/buurtstem-kiosk" <<LAUNCHER
#!/bin/sh
here="\$(cd "\$(dirname "\$0")/.." && pwd)"
exec java --enable-native-access=ALL-UNNAMED -Xms16m -Xmx96m -Xmn12m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m -XX:-UsePerfData -XX:SharedArchiveFile=\$here/kiosk.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off -Dbuurtstem.version=$version \\
  -cp "\$here/lib/*" nl.buurtstem.kiosk.Main "\$@"
LAUNCHER
chmod 0755 "$stage/bin/buurtstem-kiosk"
tar -czf "$out/buurtstem-kiosk-$version.tar.gz" -C "$stage" bin lib
echo "$out/buurtstem-kiosk-$version.tar.gz"
