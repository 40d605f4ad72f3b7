#!/usr/bin/env bash
# mmdebstrap's customize hook for build-image.sh: turns a Debian trixie root into what a freshly flashed Raspberry
# Pi OS Lite card looks like to the kiosk's boot card. $1 is the root file system.
set -euo pipefail
root="${1:?usage: customize-image.sh ROOTFS}"

cat >"$root/etc/fstab" <<'FSTAB'
PARTUUID=6c586e13-02  /               ext4  defaults,noatime  0  1
PARTUUID=6c586e13-01  /boot/firmware  vfat  defaults          0  2
FSTAB
echo raspberrypi >"$root/etc/hostname"
# Raspberry Pi OS's hardware groups (its udev rules give them /dev/gpiochip*, /dev/i2c-*, /dev/spidev*).
for group in gpio i2c spi; do chroot "$root" groupadd --system "$group"; done

# Raspberry Pi OS ships sshd switched off; the card switches it on.
chroot "$root" systemctl disable ssh.service ssh.socket >/dev/null 2>&1 || true
rm -f "$root"/etc/ssh/ssh_host_*

# Raspberry Pi's cloud-init looks for the NoCloud seed on the boot partition.
cat >"$root/etc/cloud/cloud.cfg.d/90-buurtstem-raspberrypi-standin.cfg" <<'CFG'
# Stand-in for Raspberry Pi OS's cloud-init settings: the seed (user-data, meta-data, network-config) is on bootfs.
datasource_list: [NoCloud, None]
datasource:
  NoCloud:
    fs_label: bootfs
CFG
# The buurthuis's DNS: the central node's name, at QEMU's forward to the host.
printf '10.0.2.100 centrale.buurtstem.test\n' >>"$root/etc/cloud/templates/hosts.debian.tmpl"
printf '10.0.2.100 centrale.buurtstem.test\n' >>"$root/etc/hosts"

# No internet in the guest: apt has no sources; what first boot installs is here already.
rm -f "$root/etc/apt/sources.list" "$root"/etc/apt/sources.list.d/*
rm -rf "$root"/var/lib/apt/lists/*
rm -rf "$root"/var/cache/apt/archives/*.deb

# The firmware's view: kernel and initramfs on bootfs, replaced whenever an initramfs is rebuilt (as Raspberry
# Pi's kernel packages keep initramfs8 and initramfs_2712 there).
mkdir -p "$root/etc/initramfs/post-update.d" "$root/boot/firmware"
cat >"$root/etc/initramfs/post-update.d/z50-buurtstem-firmware-standin" <<'HOOK'
#!/bin/sh
# $1: kernel version, $2: the initramfs just made. Stand-in for the Pi's firmware copy (boot test image only).
set -e
[ -d /boot/firmware ] || exit 0
cp "$2" /boot/firmware/initrd.img.new && mv /boot/firmware/initrd.img.new /boot/firmware/initrd.img
cp "/boot/vmlinuz-$1" /boot/firmware/vmlinuz.new && mv /boot/firmware/vmlinuz.new /boot/firmware/vmlinuz
HOOK
chmod 0755 "$root/etc/initramfs/post-update.d/z50-buurtstem-firmware-standin"
kernel="$(basename "$(find "$root/boot" -maxdepth 1 -name 'vmlinuz-*' | sort -V | tail -n 1)")"
cp "$root/boot/$kernel" "$root/boot/firmware/vmlinuz"
cp "$root/boot/initrd.img-${kernel#vmlinuz-}" "$root/boot/firmware/initrd.img"

cat >"$root/boot/firmware/cmdline.txt" <<'CMDLINE'
console=ttyS0,115200 console=tty1 root=PARTUUID=6c586e13-02 rootfstype=ext4 fsck.repair=yes rootwait
CMDLINE
cat >"$root/boot/firmware/config.txt" <<'CONFIG'
# Stand-in for the Pi's config.txt (boot test image; QEMU reads cmdline.txt, vmlinuz and initrd.img instead).
[all]
auto_initramfs=1
CONFIG
cat >"$root/boot/firmware/issue.txt" <<'ISSUE'
Raspberry Pi reference 2025-11-24 (stand-in: Debian trixie amd64 laid out like Raspberry Pi OS Lite, boot test)
Generated using pi-gen, https://github.com/RPi-Distro/pi-gen, buurtstem-boot-test, stage2
ISSUE
