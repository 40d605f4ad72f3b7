package nl.buurtstem.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an outside tool a test needs (node with Chromium, npm) in a folder, within a time limit. */
public final class Command {

    /** Exit 127: the tool is not installed; 124: it ran out of time (as the shell says them). */
    public record Result(int exit, String output) {}

    private Command() {}

    /** Output is stdout and stderr together; a tool that is not there is a result, not an exception. */
    public static Result run(List<String> command, Path folder, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notThere) {
            return new Result(127, command.getFirst() + " is not installed");
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(124, new String(output, StandardCharsets.UTF_8) + "\n(timed out)");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
