package nl.buurtstem.kiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a configured system command (systemctl, grim, chromium) with a time limit. */
final class CommandRunner {

    /** How a command ended; {@code output} is its last words, for the heartbeat's lastError. */
    record Outcome(boolean ok, String output) {}

    /** Runs the command; when the calling thread is interrupted meanwhile, ends it and answers "interrupted". */
    Outcome run(List<String> command, Duration limit) {
        if (command.isEmpty()) {
            return new Outcome(false, "not configured on this kiosk");
        }
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Outcome(false, command.getFirst() + " did not finish within " + limit.toSeconds() + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String tail = output.length() > 300 ? output.substring(output.length() - 300) : output;
            return process.exitValue() == 0
                    ? new Outcome(true, tail)
                    : new Outcome(
                            false,
                            command.getFirst() + " exited with " + process.exitValue()
                                    + (tail.isEmpty() ? "" : ": " + tail));
        } catch (IOException e) {
            return new Outcome(false, "cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }
}
