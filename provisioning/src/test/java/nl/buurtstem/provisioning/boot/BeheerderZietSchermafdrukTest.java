package nl.buurtstem.provisioning.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import nl.buurtstem.kiosk.fleet.FleetSettings;
import nl.buurtstem.opstartkaart.Kaartbestand;
import nl.buurtstem.opstartkaart.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff ask a kiosk for a screenshot: the kiosk app (user buurtstem) captures the screen of the screen session (user
 * buurtstem-scherm) with lib/buurtstem-schermafdruk. A headless cage (wlroots, like the Pi's labwc) runs the
 * session's publishing step as one throw-away uid; the screenshot is taken as a second uid in the app's group, the
 * way the kiosk app runs it, and tried as a third uid outside that group. The uids are numbers nobody on this
 * machine uses, so no account is created and nothing is left behind but the temporary folder.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a compositor that hangs fails this test rather than the build
class BeheerderZietSchermafdrukTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    // wlroots gives a headless output this size; the Pi's screen has its own.
    private static final int HEADLESS_WIDTH = 1280;
    private static final int HEADLESS_HEIGHT = 720;

    @TempDir
    Path work;

    private Path script;
    private Path runtimeDir;
    private Path sessionDir;
    private int scherm;
    private int app;
    private int buitenstaander;
    private Process session;

    @BeforeEach
    void prepareTheKiosksFolders() throws Exception {
        Tools.require("cage", "grim", "setfacl", "setpriv");
        requireRoot();
        int[] ids = unusedIds(3);
        scherm = ids[0];
        app = ids[1];
        buitenstaander = ids[2];
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        script = Files.createDirectories(work.resolve("lib")).resolve("buurtstem-schermafdruk");
        Kaartbestand.kopieer("lib/buurtstem-schermafdruk", script);
        // As the package installs it, whatever umask the build runs under (the launcher's is 077): the session's
        // and the app's uids must read and run it.
        Files.setPosixFilePermissions(script.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        // As on the Pi: logind's /run/user/UID (0700) and the screen unit's RuntimeDirectory= (0755).
        runtimeDir = owned(work.resolve("run-user-scherm"), scherm, "rwx------");
        sessionDir = owned(work.resolve("run-buurtstem-scherm"), scherm, "rwxr-xr-x");
        // wlroots opens Xwayland's sockets there (and removes them when cage ends); it must be root's, as
        // systemd-tmpfiles makes it on every desktop system, not the throw-away uid's.
        if (!Files.isDirectory(Path.of("/tmp/.X11-unix"))) {
            assertEquals(
                    0,
                    Tools.run("install", "-d", "-m", "1777", "/tmp/.X11-unix").exit());
        }
    }

    @AfterEach
    void stopTheScreenSession() throws InterruptedException {
        if (session != null) {
            stop(session);
        }
    }

    @Test
    void the_kiosk_app_captures_the_screen_sessions_screen_as_png() throws Exception {
        assertEquals(
                Path.of("/usr/local/lib/buurtstem", script.getFileName().toString()),
                Path.of(FleetSettings.SCREENSHOT_SCRIPT),
                "the kiosk app's default screenshot command is the script first boot installs");
        assertTrue(
                Kaartbestand.lees("lib/buurtstem-scherm").contains("/buurtstem-schermafdruk\" --publish"),
                "the real screen session publishes the way this test's does");
        session = startScreenSession();
        Path shots = owned(work.resolve("app-tmp"), app, "rwx------");

        Tools.Result shot = asKioskApp(app, shots.resolve("scherm.png"));

        assertEquals(0, shot.exit(), shot.output());
        byte[] png = Files.readAllBytes(shots.resolve("scherm.png"));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(shots.resolve("scherm.png").toFile());
        assertEquals(HEADLESS_WIDTH, image.getWidth());
        assertEquals(HEADLESS_HEIGHT, image.getHeight());
        Tools.Result listing =
                Tools.run("setpriv", "--reuid=" + app, "--regid=" + app, "--clear-groups", "ls", runtimeDir.toString());
        assertNotEquals(
                0,
                listing.exit(),
                "the app may pass through the session's runtime folder, not read it: " + listing.output());
    }

    @Test
    void a_user_outside_the_apps_group_gets_no_screenshot() throws Exception {
        session = startScreenSession();
        Path shots = owned(work.resolve("other-tmp"), buitenstaander, "rwx------");

        Tools.Result shot = asKioskApp(buitenstaander, shots.resolve("scherm.png"));

        assertEquals(1, shot.exit(), shot.output());
        assertTrue(shot.output().contains("may not enter " + runtimeDir), shot.output());
        assertTrue(shot.output().contains("lets only group " + app + " in"), shot.output());
        assertFalse(Files.exists(shots.resolve("scherm.png")));
    }

    @Test
    void without_a_screen_session_the_kiosk_app_hears_why() throws Exception {
        Path shots = owned(work.resolve("app-tmp"), app, "rwx------");

        Tools.Result never = asKioskApp(app, shots.resolve("scherm.png"));

        assertEquals(1, never.exit(), never.output());
        assertTrue(
                never.output().startsWith("buurtstem-schermafdruk: no screen session shares its screen"),
                never.output());
        assertTrue(never.output().contains("is buurtstem-scherm running?"), never.output());

        // On the Pi systemd removes the session's runtime folder with the link; here the link outlives it.
        stop(startScreenSession());
        Tools.Result stopped = asKioskApp(app, shots.resolve("scherm.png"));

        assertEquals(1, stopped.exit(), stopped.output());
        assertTrue(stopped.output().startsWith("buurtstem-schermafdruk: the screen session stopped"), stopped.output());
        assertFalse(Files.exists(shots.resolve("scherm.png")));
    }

    /** cage runs the same publishing step as lib/buurtstem-scherm, then stays up as Chromium would. */
    private Process startScreenSession() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        "setpriv",
                        "--reuid=" + scherm,
                        "--regid=" + scherm,
                        "--clear-groups",
                        "cage",
                        "--",
                        "bash",
                        "-c",
                        "bash \"$0\" --publish && exec sleep infinity",
                        script.toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment()
                .putAll(Map.of(
                        "PATH",
                        Tools.path(),
                        "XDG_RUNTIME_DIR",
                        runtimeDir.toString(),
                        "WLR_BACKENDS",
                        "headless",
                        "WLR_LIBINPUT_NO_DEVICES",
                        "1",
                        "WLR_RENDERER",
                        "pixman",
                        // This cage will not start without an Xwayland to start on demand; the session has no X
                        // clients.
                        "WLR_XWAYLAND",
                        "/bin/false",
                        "BUURTSTEM_SCHERM_DIR",
                        sessionDir.toString(),
                        "BUURTSTEM_APP_GROUP",
                        String.valueOf(app)));
        Process compositor = builder.start();
        compositor.getOutputStream().close();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(compositor.getInputStream(), StandardCharsets.UTF_8));
        List<String> said = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            said.add(line);
            if (line.contains("may take screenshots through")) {
                Thread.ofVirtual().start(() -> output.lines().forEach(l -> {}));
                return compositor;
            }
        }
        fail("the screen session ended before it shared its screen:\n" + String.join("\n", said));
        return compositor;
    }

    /** As the kiosk app: its own uid and group, no session environment, the command FleetSettings gives it. */
    private Tools.Result asKioskApp(int uid, Path file) throws IOException, InterruptedException {
        return Tools.run(
                "env",
                "-i",
                "PATH=" + Tools.path(),
                "BUURTSTEM_SCHERM_DIR=" + sessionDir,
                "BUURTSTEM_APP_GROUP=" + app,
                "setpriv",
                "--reuid=" + uid,
                "--regid=" + uid,
                "--clear-groups",
                "bash",
                script.toString(),
                file.toString());
    }

    private static void stop(Process compositor) throws InterruptedException {
        // Its client first: cage ends with it and removes its socket, as labwc does.
        compositor.descendants().forEach(ProcessHandle::destroy);
        if (!compositor.waitFor(30, TimeUnit.SECONDS)) {
            compositor.destroyForcibly();
        }
        compositor.waitFor();
    }

    private static Path owned(Path dir, int uid, String mode) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
        Tools.Result chown = Tools.run("chown", uid + ":" + uid, dir.toString());
        assertEquals(0, chown.exit(), chown.output());
        return dir;
    }

    /** Numbers no account or group on this machine has, so the throw-away users need no /etc/passwd entry. */
    private static int[] unusedIds(int count) throws IOException {
        Set<Integer> used = new HashSet<>();
        for (String file : List.of("/etc/passwd", "/etc/group")) {
            used.addAll(Files.readAllLines(Path.of(file)).stream()
                    .map(line -> line.split(":"))
                    .filter(fields -> fields.length > 2 && fields[2].matches("\\d+"))
                    .map(fields -> Integer.parseInt(fields[2]))
                    .collect(Collectors.toSet()));
        }
        return IntStream.range(61000, 65000)
                .filter(id -> !used.contains(id))
                .limit(count)
                .toArray();
    }

    private static void requireRoot() throws IOException, InterruptedException {
        boolean root = Tools.run("id", "-u").output().strip().equals("0");
        if (!root && "true".equals(System.getenv("CI"))) {
            fail(
                    "the screenshot test runs the screen session and the kiosk app as two throw-away uids and needs root (CI runs as root)");
        }
        Assumptions.assumeTrue(
                root, "the screenshot test switches uids (setpriv) and needs root; run it as root or in CI");
    }
}
