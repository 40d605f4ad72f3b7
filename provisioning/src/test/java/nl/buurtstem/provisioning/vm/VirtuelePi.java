package nl.buurtstem.provisioning.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.testsupport.HeldPort;

/**
 * A Raspberry Pi stood in for by QEMU (x86_64, TCG: this machine's /dev/kvm cannot be used), started the way the Pi's
 * firmware starts a card: the kernel, initramfs and command line are read from the card's FAT boot partition at every
 * start, so what first boot writes there (cmdline.txt, a rebuilt initramfs) is what the next start uses. Headless,
 * with a virtual screen for labwc. Its network reaches only the central node on the host's loopback (user networking
 * with restrict=on; 10.0.2.100:PORT is forwarded to 127.0.0.1:PORT) and lets the host in on SSH.
 */
final class VirtuelePi implements AutoCloseable {

    static final String BOOTFS = "@@4M";

    private final Path disk;
    private final Path work;
    private final int centralPort;
    private final int sshPort;

    int sshPort() {
        return sshPort;
    }

    private final int kioskPort;
    // The forwarded ports are chosen once, and a story spans minutes between two starts: while QEMU is off they are
    // held (bound, not listening), or another process of a busy machine takes one and QEMU cannot forward it.
    private final List<HeldPort> heldWhileOff = new ArrayList<>();
    private Process qemu;
    private Path console;
    private int starts;

    VirtuelePi(Path disk, Path work, int centralPort, int sshPort, int kioskPort) {
        this.disk = disk;
        this.work = work;
        this.centralPort = centralPort;
        this.sshPort = sshPort;
        this.kioskPort = kioskPort;
        holdPorts();
    }

    private void holdPorts() {
        if (heldWhileOff.isEmpty()) {
            heldWhileOff.add(HeldPort.hold(sshPort));
            heldWhileOff.add(HeldPort.hold(kioskPort));
        }
    }

    private void releasePorts() {
        heldWhileOff.forEach(HeldPort::close);
        heldWhileOff.clear();
    }

    /** Powers on; returns at once. Each start has its own console log (console-N.log in the work folder). */
    void powerOn() throws IOException, InterruptedException {
        // A story that failed while the guest still ran (a boot past its deadline) must not leave it running beside
        // the next start: two QEMUs on one card, and the first still holding the forwarded ports.
        if (running()) {
            pullThePlug();
        }
        starts++;
        Path firmware = Files.createDirectories(work.resolve("firmware-" + starts));
        for (String file : List.of("vmlinuz", "initrd.img", "cmdline.txt")) {
            Tools.Result copy = Tools.run(
                    "mcopy",
                    "-n",
                    "-i",
                    disk + BOOTFS,
                    "::/" + file,
                    firmware.resolve(file).toString());
            assertEquals(0, copy.exit(), "reading " + file + " from bootfs: " + copy.output());
        }
        // The serial cable: the last console= becomes /dev/console, so systemd's and cloud-init's words reach the log.
        // A stand-in for a Pi's speed: its udev finds the card's partitions in a second, but under TCG on a loaded
        // machine it once took over systemd's 90 s, and the missing /boot/firmware sent that start to emergency mode.
        String cmdline = Files.readString(firmware.resolve("cmdline.txt"))
                        .lines()
                        .findFirst()
                        .orElse("")
                        .strip()
                + " systemd.default_device_timeout_sec=900 console=ttyS0,115200";
        console = work.resolve("console-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                "qemu-system-x86_64",
                "-accel",
                "tcg,thread=multi",
                "-cpu",
                "max",
                "-smp",
                "2",
                "-m",
                "3072",
                "-no-reboot",
                "-nodefaults",
                "-display",
                "none",
                "-vga",
                "std",
                "-serial",
                "file:" + console,
                "-monitor",
                "none",
                "-kernel",
                firmware.resolve("vmlinuz").toString(),
                "-initrd",
                firmware.resolve("initrd.img").toString(),
                "-append",
                cmdline,
                "-drive",
                "file=" + disk + ",format=raw,if=virtio,cache=writeback",
                "-netdev",
                "user,id=net0,restrict=on"
                        + ",hostfwd=tcp:127.0.0.1:" + sshPort + "-:22"
                        + ",hostfwd=tcp:127.0.0.1:" + kioskPort + "-:8081"
                        + ",guestfwd=tcp:10.0.2.100:" + centralPort + "-cmd:socat - TCP:127.0.0.1:" + centralPort,
                "-device",
                "virtio-net-pci,netdev=net0",
                "-device",
                "virtio-rng-pci"));
        releasePorts();
        qemu = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("qemu-" + starts + ".log").toFile())
                .start();
    }

    /** Waits until the guest powers itself off or restarts (QEMU runs with -no-reboot, so both end it). */
    void waitUntilItStops(Duration atMost) throws Exception {
        if (!qemu.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            String tail = tail();
            pullThePlug();
            fail("the virtual Pi did not restart within " + atMost + "; its console ends with:\n" + tail);
        }
        holdPorts();
    }

    /** Like pulling the plug: QEMU is killed, whatever the guest had not yet written is gone. */
    void pullThePlug() throws InterruptedException {
        qemu.destroyForcibly();
        qemu.waitFor(30, TimeUnit.SECONDS);
        holdPorts();
    }

    boolean running() {
        return qemu != null && qemu.isAlive();
    }

    String console() throws IOException {
        return Files.exists(console) ? Files.readString(console, StandardCharsets.ISO_8859_1) : "";
    }

    String tail() throws IOException {
        String text = console();
        return text.substring(Math.max(0, text.length() - 6000));
    }

    /** Polls until the condition holds; the deadline is a safety net against a hung guest, not a speed limit. */
    void until(String what, Duration atMost, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            if (!running()) {
                fail("the virtual Pi stopped while waiting for " + what + "; its console ends with:\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("no " + what + " within " + atMost + "; the console ends with:\n" + tail());
            }
            // A poll, not a fixed wait: looking into the guest is costly, so every 2 s; not Await, because a stopped
            // guest must fail at once and every failure needs the console's tail.
            Thread.sleep(2000);
        }
    }

    /** Copies the card's files (a folder) onto the boot partition, replacing what is there. */
    void writeOntoBootfs(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mcopy", "-s", "-o", "-Q", "-i", disk + BOOTFS));
        try (var files = Files.list(folder)) {
            files.sorted().map(Path::toString).forEach(command::add);
        }
        command.add("::/");
        Tools.Result copy = Tools.run(command, Map.of(), null);
        assertEquals(0, copy.exit(), copy.output());
    }

    /** Reads a file from the boot partition, or null when it is not there. */
    String readFromBootfs(String name) throws IOException, InterruptedException {
        Tools.Result type = Tools.run("mtype", "-i", disk + BOOTFS, "::/" + name);
        return type.exit() == 0 ? type.output() : null;
    }

    @Override
    public void close() throws InterruptedException {
        if (running()) {
            pullThePlug();
        }
        releasePorts();
    }
}
