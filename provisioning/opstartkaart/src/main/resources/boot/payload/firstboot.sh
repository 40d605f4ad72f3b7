#!/usr/bin/env bash
# First boot of a Buurtstem kiosk. cloud-init runs this once (runcmd in user-data), as root, from the boot
# partition; when it ends well it leaves /var/lib/buurtstem/.firstboot-done and cloud-init restarts the Pi.
#
# Every file goes under BUURTSTEM_ROOT (default /), so CI runs this whole script in a throw-away folder.
# BUURTSTEM_OFFLINE=1 skips only what needs a real Pi (apt, partitioning the SD card, overlay root, initramfs)
# and names each skipped step in the output. Secrets (the enrollment token) are moved, never printed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CARD="$(dirname "$HERE")"
ROOT="${BUURTSTEM_ROOT:-/}"
ROOT="${ROOT%/}"
# For tools that take the root as an option: "/" on the Pi itself (an empty --root is an error).
ROOT_DIR="${ROOT:-/}"
OFFLINE="${BUURTSTEM_OFFLINE:-0}"
LIB=/usr/local/lib/buurtstem
DATA=/var/lib/buurtstem

say() { printf 'buurtstem firstboot: %s\n' "$*"; }
die() { say "FAILED: $*"; exit 1; }
on_real_pi() {
  if [[ "$OFFLINE" == 1 ]]; then say "skipped without hardware: $*"; else "$@"; fi
}

[[ -f "$HERE/site.env" ]] || die "site.env is missing next to this script; enroll the card again"
# shellcheck source=/dev/null
. "$HERE/site.env"
for var in KIOSK_NAAM KIOSK_PORT CENTRAL_URL SCREEN ROTATION NIGHTLY_RESTART UPDATE_CHECK; do
  [[ -n "${!var:-}" ]] || die "site.env does not set $var; enroll the card again"
done

add_user() {
  # add_user NAME HOME GROUPS...: a system account without password or login shell.
  local name="$1" home="$2" group
  shift 2
  if ! grep -q "^$name:" "$ROOT/etc/passwd"; then
    useradd --root "$ROOT_DIR" --system --user-group --home-dir "$home" --no-create-home --shell /usr/sbin/nologin "$name"
    say "created service user $name"
  fi
  for group in "$@"; do
    # The Pi's hardware groups (gpio, video, render, input) exist on Raspberry Pi OS, not always elsewhere.
    if grep -q "^$group:" "$ROOT/etc/group"; then
      usermod --root "$ROOT_DIR" -a -G "$group" "$name"
    fi
  done
}

id_of() { awk -F: -v n="$1" '$1 == n { print $3 }' "$ROOT/etc/passwd"; }

put() {
  # put SOURCE TARGET MODE: install one file under ROOT.
  install -D -m "$3" "$1" "$ROOT$2"
}

SHRINK_ASKED=/var/lib/buurtstem-shrinkroot-asked
INITRAMFS_FILES=(/etc/initramfs-tools/hooks/buurtstem-shrinkroot /etc/initramfs-tools/scripts/local-premount/buurtstem-shrinkroot)

shrink_root_at_next_start() {
  # Raspberry Pi OS Trixie grew the root over the whole card before cloud-init ran. ext4 shrinks only unmounted,
  # so the initramfs does it at the next start, asked by a word in cmdline.txt; this script then runs again from
  # the top and finds the free space. Asked once only: when it did not work, the kiosk goes on without.
  local disk
  [[ ! -f "$ROOT$SHRINK_ASKED" && -f "$CARD/cmdline.txt" ]] || return 1
  disk="${DISK:-/dev/$(lsblk -no PKNAME "$(findmnt -no SOURCE /)")}"
  # Partition 2 is the root on every Raspberry Pi OS card; Raspberry Pi's own resize acts on no other.
  sh "$HERE/lib/buurtstem-shrinkroot" --check "$disk" 2 || return 1
  put "$HERE/lib/buurtstem-shrinkroot" "$LIB/buurtstem-shrinkroot" 0755
  put "$HERE/initramfs/hook" "${INITRAMFS_FILES[0]}" 0755
  put "$HERE/initramfs/local-premount" "${INITRAMFS_FILES[1]}" 0755
  # -k all: a Pi 5 starts from initramfs_2712, a Pi 4 from initramfs8, each made from its own kernel; -u alone
  # rebuilds only the newest-sorting one (…-rpi-v8), and a Pi 5 would never shrink.
  if ! on_real_pi update-initramfs -u -k all; then
    say "WARNING: could not rebuild the initramfs to shrink the root"
    return 1
  fi
  sed -i '1 s/$/ buurtstem-shrinkroot/' "$CARD/cmdline.txt"
  mkdir -p "$(dirname "$ROOT$SHRINK_ASKED")"
  date -u +%Y-%m-%dT%H:%M:%SZ >"$ROOT$SHRINK_ASKED"
  say "the root takes the whole card: it shrinks at the next start (a few minutes), then first boot goes on"
}

say "setting up kiosk \"$KIOSK_NAAM\""
# Back from shrinking the root (or trying to): the initramfs must not try again at every start.
if [[ -f "$CARD/cmdline.txt" ]] && grep -qw buurtstem-shrinkroot "$CARD/cmdline.txt"; then
  sed -i 's/ buurtstem-shrinkroot//g' "$CARD/cmdline.txt"
  rm -f "$ROOT${INITRAMFS_FILES[0]}" "$ROOT${INITRAMFS_FILES[1]}"
  if [[ -f "$ROOT/run/buurtstem-shrinkroot.log" ]]; then
    say "shrinking the root at this start said:"
    sed 's/^/  /' "$ROOT/run/buurtstem-shrinkroot.log"
  fi
fi
# The clock first, then apt (lib/buurtstem-packages says why); a failure here is retried at the next start.
on_real_pi env BUURTSTEM_SITE_ENV="$HERE/site.env" bash "$HERE/lib/buurtstem-packages" "$HERE/packages.list" \
  || die "the kiosk's packages are not installed (no internet?); first boot tries again at the next start"

# video: vcgencmd get_throttled (under-voltage, shown on the dashboard) reads /dev/vcio.
add_user buurtstem "$DATA" gpio video
add_user buurtstem-scherm /run/buurtstem-scherm video render input

# The database gets its own partition (label BUURTDATA), so the root can be read-only and a pulled plug
# never touches the system. Without free space on the card the kiosk still works, on the root file system.
# BUURTSTEM_DISK names a card image to partition instead of the card holding / (the tests).
mkdir -p "$ROOT$DATA"
DISK="${BUURTSTEM_DISK:-}"
if [[ "$OFFLINE" == 1 && -z "$DISK" ]]; then
  say "skipped without hardware: $LIB/buurtstem-datapart (partition + mount $DATA)"
  DATA_PARTITION=yes
elif bash "$HERE/lib/buurtstem-datapart" ${DISK:+"$DISK"}; then
  DATA_PARTITION=yes
elif shrink_root_at_next_start; then
  exit 0
else
  DATA_PARTITION=no
  say "WARNING: no data partition; the root stays writable (see the IT guide: 'full card')"
fi

for script in "$HERE"/lib/*; do
  put "$script" "$LIB/$(basename "$script")" 0755
done
for unit in "$HERE"/units/*; do
  put "$unit" "/etc/systemd/system/$(basename "$unit")" 0644
done
put "$HERE/conf/journald.conf" /etc/systemd/journald.conf.d/buurtstem.conf 0644
put "$HERE/conf/watchdog.conf" /etc/systemd/system.conf.d/buurtstem-watchdog.conf 0644
put "$HERE/conf/timesyncd.conf" /etc/systemd/timesyncd.conf.d/buurtstem.conf 0644
put "$HERE/conf/polkit.rules" /etc/polkit-1/rules.d/50-buurtstem.rules 0644
put "$HERE/conf/remount-fs-overlay.conf" /etc/systemd/system/systemd-remount-fs.service.d/buurtstem-overlay.conf 0644
# Chromium as a public screen: no translate bubble over the page (it offers English for the Dutch start page), no
# passwords or form entries kept for the next resident, no sign-in, sync or notifications.
put "$HERE/conf/chromium-policy.json" /etc/chromium/policies/managed/buurtstem.json 0644
# sshd itself takes keys only, whatever an image's defaults or a later package say.
mkdir -p "$ROOT/etc/ssh/sshd_config.d"
printf 'PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin no\n' \
  >"$ROOT/etc/ssh/sshd_config.d/50-buurtstem.conf"
# The firewall lets the kiosk reach its central node on the port in its address (80 or 443 when none is given).
central_port="$(sed -E 's#^[a-z]+://[^/:]+:([0-9]+).*#\1#; t; s#^https://.*#443#; s#^http://.*#80#' <<<"$CENTRAL_URL")"
[[ "$central_port" =~ ^[0-9]+$ ]] || die "cannot read a port from CENTRAL_URL $CENTRAL_URL"
sed "s/CENTRAL_PORT/$central_port/" "$HERE/conf/nftables.conf" >"$ROOT/etc/nftables.conf.new"
chmod 0644 "$ROOT/etc/nftables.conf.new"
mv -f "$ROOT/etc/nftables.conf.new" "$ROOT/etc/nftables.conf"
put "$HERE/site.env" /etc/buurtstem/site.env 0644
if [[ -f "$HERE/release-key.pem" ]]; then
  put "$HERE/release-key.pem" /etc/buurtstem/release-key.pem 0644
else
  say "WARNING: no release key on the card: this kiosk will not take updates"
fi

# Times come from the opening hours (enroll --hours): restart and updates only while the buurthuis is closed.
mkdir -p "$ROOT/etc/systemd/system/buurtstem-nightly.timer.d" "$ROOT/etc/systemd/system/buurtstem-update.timer.d"
printf '[Timer]\nOnCalendar=\nOnCalendar=*-*-* %s\n' "$NIGHTLY_RESTART" \
  >"$ROOT/etc/systemd/system/buurtstem-nightly.timer.d/closing-hours.conf"
printf '[Timer]\nOnCalendar=\nOnCalendar=*-*-* %s\n' "$UPDATE_CHECK" \
  >"$ROOT/etc/systemd/system/buurtstem-update.timer.d/closing-hours.conf"

# Touch follows the screen's rotation for every touch controller, whatever the compositor does.
case "$ROTATION" in
  0) matrix="" ;;
  90) matrix="0 -1 1 1 0 0" ;;
  180) matrix="-1 0 1 0 -1 1" ;;
  270) matrix="0 1 0 -1 0 1" ;;
  *) die "ROTATION must be 0, 90, 180 or 270, got $ROTATION" ;;
esac
if [[ -n "$matrix" ]]; then
  mkdir -p "$ROOT/etc/udev/rules.d"
  printf 'ENV{ID_INPUT_TOUCHSCREEN}=="1", ENV{LIBINPUT_CALIBRATION_MATRIX}="%s"\n' "$matrix" \
    >"$ROOT/etc/udev/rules.d/90-buurtstem-touch.rules"
fi
# No dtoverlay for any screen: a Pi 4 or 5 detects the official Touch Displays (and Touch Display 2 in both its 5-
# and 7-inch sizes) by itself, and a forced overlay for one size would leave the other dark.

# The kiosk's configuration with its one-time token moves off the card's boot partition, readable by anyone.
owner="$(id_of buurtstem)"
if [[ -f "$CARD/kiosk.json" ]]; then
  install -m 0600 -o "$owner" -g "$owner" "$CARD/kiosk.json" "$ROOT$DATA/kiosk.json"
  rm -f "$CARD/kiosk.json"
  say "kiosk configuration moved to $DATA/kiosk.json"
elif [[ ! -f "$ROOT$DATA/kiosk.json" ]]; then
  die "kiosk.json is missing on the card and not installed yet; enroll the card again"
fi
chown "$owner:$owner" "$ROOT$DATA"
# Answers, keys and the database: for the kiosk app alone (its units also run with UMask=0077).
chmod 0700 "$ROOT$DATA"

# The kiosk release comes from the central node, checked against the release key, installed beside any other.
BUURTSTEM_STATE="$ROOT$DATA" BUURTSTEM_RELEASE_KEY="$ROOT/etc/buurtstem/release-key.pem" \
  BUURTSTEM_SITE_ENV="$ROOT/etc/buurtstem/site.env" bash "$HERE/lib/buurtstem-update" --install-only \
  || die "could not install the kiosk release from $CENTRAL_URL"
chown -R "$owner:$owner" "$ROOT$DATA/releases"

systemctl --root="$ROOT_DIR" enable buurtstem-kiosk.service buurtstem-scherm.service buurtstem-update-confirm.service \
  buurtstem-update.timer buurtstem-timecheck.timer buurtstem-nightly.timer
if [[ "$OFFLINE" == 1 && ! -e "$ROOT/usr/lib/systemd/system/nftables.service" && ! -e "$ROOT/lib/systemd/system/nftables.service" ]]; then
  say "skipped without hardware: enabling nftables.service (the firewall; not installed here)"
else
  systemctl --root="$ROOT_DIR" enable nftables.service
fi
if [[ "$DATA_PARTITION" == yes ]]; then
  systemctl --root="$ROOT_DIR" enable var-lib-buurtstem.mount
fi
systemctl --root="$ROOT_DIR" set-default graphical.target

if [[ "$DATA_PARTITION" == yes && -f "$CARD/cmdline.txt" ]]; then
  # overlayroot keeps the root read-only with changes in RAM; the data partition stays writable.
  BUURTSTEM_CMDLINE="$CARD/cmdline.txt" bash "$HERE/lib/buurtstem-overlay" on
fi
date -u +%Y-%m-%dT%H:%M:%SZ >"$ROOT$DATA/.firstboot-done"
# cloud-init has made the network from network-config at this first start and keeps it under /etc (root only);
# the Wi-Fi password in it must not stay readable on the card's FAT boot partition.
if [[ -f "$CARD/network-config" ]]; then
  rm -f "$CARD/network-config"
  say "network-config (with any Wi-Fi password) removed from the boot partition"
fi
say "done; restarting into the kiosk"
