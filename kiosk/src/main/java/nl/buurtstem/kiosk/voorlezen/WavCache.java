package nl.buurtstem.kiosk.voorlezen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Spoken screens kept on disk, at most so many files and bytes: when a new one would pass either, the ones heard
 * longest ago go first. A minute of speech is about 2.5 MB, so a kiosk keeps its usual screens without filling its
 * SD card.
 */
final class WavCache {

    private final Path dir;
    private final int maxFiles;
    private final long maxBytes;

    WavCache(Path dir, int maxFiles, long maxBytes) {
        this.dir = dir;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    Path dir() {
        return dir;
    }

    Optional<Path> find(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // The last time it was heard, for eviction.
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // still there to play; it may go sooner
        }
        return Optional.of(file);
    }

    /** Keeps {@code partial} (a finished WAV in this folder) under {@code key}, making room first. */
    synchronized Path keep(String key, Path partial) throws IOException {
        makeRoom(Files.size(partial));
        Path file = file(key);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private void makeRoom(long incoming) throws IOException {
        List<Path> kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.filter(p -> p.getFileName().toString().endsWith(".wav"))
                    .sorted(Comparator.comparing(WavCache::lastHeard))
                    .toList();
        }
        long bytes = incoming;
        for (Path p : kept) {
            bytes += size(p);
        }
        int count = kept.size() + 1;
        for (Path oldest : kept) {
            if (count <= maxFiles && bytes <= maxBytes) {
                break;
            }
            long size = size(oldest);
            if (Files.deleteIfExists(oldest)) {
                count--;
                bytes -= size;
            }
        }
    }

    private Path file(String key) {
        return dir.resolve(key + ".wav");
    }

    private static FileTime lastHeard(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
