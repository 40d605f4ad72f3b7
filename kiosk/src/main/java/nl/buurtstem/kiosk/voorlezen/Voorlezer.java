package nl.buurtstem.kiosk.voorlezen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Speaks a screen with espeak-ng on the kiosk itself, so 'Lees voor' works offline. A screen comes in parts, each in
 * its own language and spoken by that language's voice (a Dutch name inside an Arabic screen is read with Dutch
 * rules), joined into one WAV file with a short pause between parts and kept in a bounded cache.
 */
public final class Voorlezer {

    static final int MAX_TEKST = 3000;
    static final int MAX_DELEN = 80;
    static final int MAX_TOTAAL = 8000;
    /** Default bounds of the cache: enough for every screen in six languages, far from filling an SD card. */
    public static final int MAX_BESTANDEN = 400;

    public static final long MAX_BYTES = 300L * 1024 * 1024;

    private static final Map<String, String> VOICES =
            Map.of("nl", "nl", "en", "en", "tr", "tr", "ar", "ar", "pl", "pl", "uk", "uk");
    // espeak-ng writes 16-bit mono PCM at 22050 Hz behind a 44-byte header.
    private static final int HEADER = 44;
    private static final int PAUZE_BYTES = 22050 * 2 * 3 / 10;

    private final WavCache cache;
    private final String command;

    /**
     * @param cache   folder for the spoken texts (default bounds)
     * @param command the espeak-ng program (a name on the PATH or a path)
     */
    public Voorlezer(Path cache, String command) {
        this(cache, command, MAX_BESTANDEN, MAX_BYTES);
    }

    public Voorlezer(Path cache, String command, int maxFiles, long maxBytes) {
        this.cache = new WavCache(cache, maxFiles, maxBytes);
        this.command = command;
    }

    /** Whether a language can be read aloud here. */
    public static boolean spreekt(String taal) {
        return taal != null && VOICES.containsKey(taal);
    }

    /** The WAV file with {@code tekst} spoken in {@code taal}; empty when speech is not available on this kiosk. */
    public Optional<Path> wav(String taal, String tekst) throws IOException, InterruptedException {
        return wav(List.of(new Deel(taal, tekst)));
    }

    /** The WAV file with the parts spoken one after another; empty when speech is not available on this kiosk. */
    public synchronized Optional<Path> wav(List<Deel> delen) throws IOException, InterruptedException {
        check(delen);
        StringBuilder sleutel = new StringBuilder();
        delen.forEach(
                d -> sleutel.append(d.taal()).append('\n').append(d.tekst()).append('\u0000'));
        String key = sha256(sleutel.toString());
        Optional<Path> kept = cache.find(key);
        if (kept.isPresent()) {
            return kept;
        }
        Files.createDirectories(cache.dir());
        List<Path> tijdelijk = new ArrayList<>();
        try {
            Path geheel = Files.createTempFile(cache.dir(), "spreek", ".part");
            tijdelijk.add(geheel);
            List<Path> stukken = new ArrayList<>();
            for (Deel deel : delen) {
                Path stuk = Files.createTempFile(cache.dir(), "deel", ".part");
                tijdelijk.add(stuk);
                if (!spreek(deel, stuk)) {
                    return Optional.empty();
                }
                stukken.add(stuk);
            }
            voegSamen(stukken, geheel);
            return Optional.of(cache.keep(key, geheel));
        } finally {
            for (Path p : tijdelijk) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void check(List<Deel> delen) {
        if (delen == null || delen.isEmpty() || delen.size() > MAX_DELEN) {
            throw new IllegalArgumentException("1 to " + MAX_DELEN + " parts");
        }
        int totaal = 0;
        for (Deel d : delen) {
            if (d == null
                    || !spreekt(d.taal())
                    || d.tekst() == null
                    || d.tekst().isBlank()
                    || d.tekst().length() > MAX_TEKST) {
                throw new IllegalArgumentException(
                        "taal must be one of " + VOICES.keySet() + " and tekst 1 to " + MAX_TEKST + " characters");
            }
            totaal += d.tekst().length();
        }
        if (totaal > MAX_TOTAAL) {
            throw new IllegalArgumentException("at most " + MAX_TOTAAL + " characters in all");
        }
    }

    private boolean spreek(Deel deel, Path wav) throws IOException, InterruptedException {
        Path input = Files.createTempFile(cache.dir(), "tekst", ".txt");
        try {
            Files.writeString(input, deel.tekst(), StandardCharsets.UTF_8);
            Process process;
            try {
                // Slower than espeak-ng's default: many residents are elderly or new to the language.
                process = new ProcessBuilder(List.of(
                                command,
                                "-v",
                                VOICES.get(deel.taal()),
                                "-s",
                                "140",
                                "-w",
                                wav.toString(),
                                "-f",
                                input.toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException notInstalled) {
                return false;
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0 && Files.size(wav) > HEADER;
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static void voegSamen(List<Path> stukken, Path geheel) throws IOException {
        long data = 0;
        for (Path stuk : stukken) {
            data += Files.size(stuk) - HEADER;
        }
        data += (long) PAUZE_BYTES * (stukken.size() - 1);
        byte[] header = new byte[HEADER];
        try (var in = Files.newInputStream(stukken.getFirst())) {
            in.readNBytes(header, 0, HEADER);
        }
        ByteBuffer.wrap(header)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(4, (int) (36 + data))
                .putInt(40, (int) data);
        byte[] pauze = new byte[PAUZE_BYTES];
        try (OutputStream out = Files.newOutputStream(geheel)) {
            out.write(header);
            for (int i = 0; i < stukken.size(); i++) {
                if (i > 0) {
                    out.write(pauze);
                }
                try (var in = Files.newInputStream(stukken.get(i))) {
                    in.skipNBytes(HEADER);
                    in.transferTo(out);
                }
            }
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
