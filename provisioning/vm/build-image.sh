#!/usr/bin/env bash
# Builds the boot test's disk image: Debian trixie amd64, laid out like a freshly flashed Raspberry Pi OS Lite card,
# from Debian's packages with mmdebstrap. Used by KaartStartKioskInVirtueleMachineTest; cached by its inputs.
#   build-image.sh OUTDIR      writes OUTDIR/disk.img (raw, sparse) and OUTDIR/inputs.sha256, as root
#
# The card (MBR, disk id 6c586e13, as on a Pi):
#   p1  FAT32 "bootfs" at 4 MiB, 256 MiB  /boot/firmware: cmdline.txt, config.txt, issue.txt, the kernel and its
#       initramfs (what the Pi's firmware reads; in the test, QEMU's -kernel/-initrd/-append read them from here)
#   p2  ext4 "rootfs", 3 GiB              /, with free space behind it for the kiosk's data partition
#
# Stand-ins, each where a Pi-only part cannot run on amd64:
# - the firmware: an initramfs-tools post-update hook copies every rebuilt initramfs to bootfs, as Raspberry Pi's
#   kernel packages copy initramfs8 and initramfs_2712;
# - Raspberry Pi's cloud-init settings: NoCloud on the FAT labelled bootfs;
# - the internet at first boot: the guest reaches only the central node, so what first boot would apt-install
#   (packages.list) is installed here and apt has no sources (apt-get install then finds it all installed);
# - the buurthuis's DNS: centrale.buurtstem.test is 10.0.2.100 in the hosts template, where QEMU forwards to the
#   central node on the host's loopback.
# Not stood in for: userconf-pi renaming the first user (upstream cloud-init creates beheer instead), the GPIO
# header (the kiosk runs with simulated buttons), the hardware watchdog and vcgencmd.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGES_LIST="$HERE/../opstartkaart/src/main/resources/boot/payload/packages.list"
out="${1:?usage: build-image.sh OUTDIR}"
MIRROR="${BUURTSTEM_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BOOT_START_MIB=4
BOOT_MIB=256
ROOT_MIB=3072
FREE_MIB=1536

say() { printf 'build-image: %s\n' "$*" >&2; }
[[ "$(id -u)" == 0 ]] || { say "run as root (mmdebstrap makes a root file system with its owners)"; exit 1; }
for tool in mmdebstrap mkfs.vfat mcopy mkfs.ext4 sfdisk; do
  command -v "$tool" >/dev/null || { say "$tool is missing; apt-get install the packages in .ci/apt-packages"; exit 1; }
done

mapfile -t card_packages < <(grep -v '^#' "$PACKAGES_LIST" | grep -v '^$')
# What Raspberry Pi OS Lite has before the card's packages: kernel, initramfs, cloud-init, NetworkManager, sudo.
base_packages=(linux-image-amd64 initramfs-tools systemd-sysv udev dbus libpam-systemd cloud-init network-manager
  sudo locales tzdata kbd e2fsprogs fdisk dosfstools procps iproute2 less ca-certificates fonts-dejavu-core)
packages="$(printf '%s,' "${base_packages[@]}" "${card_packages[@]}")"

work="$(mktemp -d "${TMPDIR:-/tmp}/buurtstem-image.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

say "mmdebstrap trixie amd64 (${#base_packages[@]} base and ${#card_packages[@]} card packages)"
mmdebstrap --quiet --variant=apt --components=main --include="${packages%,}" \
  --customize-hook="bash '$HERE/customize-image.sh' \"\$1\"" \
  trixie "$rootfs" "$MIRROR"

say "bootfs"
mkdir -p "$work/bootfs"
cp -a "$rootfs/boot/firmware/." "$work/bootfs/"
rm -rf "${rootfs:?}/boot/firmware/"*
truncate -s "${BOOT_MIB}M" "$work/bootfs.img"
mkfs.vfat -F 32 -n bootfs -i 6c586e13 "$work/bootfs.img" >/dev/null
mcopy -s -i "$work/bootfs.img" "$work/bootfs/"* ::/

say "disk image"
image="$work/disk.img"
truncate -s $(((BOOT_START_MIB + BOOT_MIB + ROOT_MIB + FREE_MIB) * 1024 * 1024)) "$image"
sfdisk -q "$image" <<TABLE
label: dos
label-id: 0x6c586e13
start=$((BOOT_START_MIB * 2048)), size=$((BOOT_MIB * 2048)), type=c
start=$(((BOOT_START_MIB + BOOT_MIB) * 2048)), size=$((ROOT_MIB * 2048)), type=83
TABLE
dd if="$work/bootfs.img" of="$image" bs=1M seek="$BOOT_START_MIB" conv=notrunc,sparse status=none
mkfs.ext4 -q -F -L rootfs -d "$rootfs" -E "offset=$(((BOOT_START_MIB + BOOT_MIB) * 1024 * 1024)),nodiscard" \
  "$image" "${ROOT_MIB}M"

mkdir -p "$out"
mv "$image" "$out/disk.img.new"
mv "$out/disk.img.new" "$out/disk.img"
say "done: $out/disk.img"
