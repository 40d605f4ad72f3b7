#!/usr/bin/env bash
# The boot test's disk image, built once per set of inputs and kept in ~/.cache/buurtstem/vm/KEY/disk.img (or under
# BUURTSTEM_VM_CACHE). KEY is a hash of the build scripts and the card's package list: a change to either builds a new
# image, an unchanged tree reuses the old one. Builds are serialised with a lock on the cache, so `./buurtstem test`
# can start the build in the background while the Java tests run, and the boot test waits for it instead of building
# again. Prints the image's path.
#   cached-image.sh            the image, built first when there is none (several minutes, as root)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE="$(cd "$HERE/.." && pwd)"
INPUTS=(vm/build-image.sh vm/customize-image.sh opstartkaart/src/main/resources/boot/payload/packages.list)

key() {
  local input
  for input in "${INPUTS[@]}"; do
    printf '%s' "$input"
    cat "$MODULE/$input"
  done | sha256sum | cut -c1-16
}

cache="${BUURTSTEM_VM_CACHE:-$HOME/.cache/buurtstem/vm}"
key="$(key)"
dir="$cache/$key"
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if [[ ! -f "$dir/disk.img" ]]; then
  start=$SECONDS
  rm -rf "$dir"
  log="$(mktemp)"
  if ! bash "$HERE/build-image.sh" "$dir" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    printf 'cached-image: building the boot test image failed\n' >&2
    exit 1
  fi
  { printf 'built in %d s\n' $((SECONDS - start)); cat "$log"; } >"$dir/built.txt"
  rm -f "$log"
  # Images for older inputs are a few GiB each: only the current one is kept.
  find "$cache" -mindepth 1 -maxdepth 1 -type d ! -name "$key" -exec rm -rf {} +
fi
printf '%s\n' "$dir/disk.img"
