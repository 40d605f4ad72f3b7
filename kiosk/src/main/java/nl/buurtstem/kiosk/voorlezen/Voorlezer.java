package nl.buurtstem.kiosk.voorlezen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Speaks a screen's text with espeak-ng on the kiosk itself, so 'Lees voor' works offline. Each text is spoken once
 * per language and kept as a WAV file on disk; the next resident gets the file.
 */
public final class Voorlezer {

    static final int MAX_TEKST = 3000;
    private static final Map<String, String> VOICES =
            Map.of("nl", "nl", "en", "en", "tr", "tr", "ar", "ar", "pl", "pl", "uk", "uk");

    private final Path cache;
    private final String command;

    /**
     * @param cache   folder for the spoken texts
     * @param command the espeak-ng program (a name on the PATH or a path)
     */
    public Voorlezer(Path cache, String command) {
        this.cache = cache;
        this.command = command;
    }

    /** Whether a language can be read aloud here. */
    public static boolean spreekt(String taal) {
        return VOICES.containsKey(taal);
    }

    /** The WAV file with {@code tekst} spoken in {@code taal}; empty when speech is not available on this kiosk. */
    public synchronized Optional<Path> wav(String taal, String tekst) throws IOException, InterruptedException {
        String voice = VOICES.get(taal);
        if (voice == null || tekst.isBlank() || tekst.length() > MAX_TEKST) {
            throw new IllegalArgumentException(
                    "taal must be one of " + VOICES.keySet() + " and tekst 1 to " + MAX_TEKST + " characters");
        }
        Path file = cache.resolve(sha256(taal + "\n" + tekst) + ".wav");
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, "spreek", ".part");
        Path input = Files.createTempFile(cache, "tekst", ".txt");
        try {
            Files.writeString(input, tekst, StandardCharsets.UTF_8);
            Process process;
            try {
                // Slower than espeak-ng's default: many residents are elderly or new to the language.
                process = new ProcessBuilder(List.of(
                                command, "-v", voice, "-s", "140", "-w", partial.toString(), "-f", input.toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException notInstalled) {
                return Optional.empty();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0 || Files.size(partial) == 0) {
                return Optional.empty();
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(file);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(input);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
