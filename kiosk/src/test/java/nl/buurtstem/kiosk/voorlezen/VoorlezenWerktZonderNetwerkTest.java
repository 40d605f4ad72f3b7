package nl.buurtstem.kiosk.voorlezen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 'Lees voor' speaks with espeak-ng on the kiosk itself, in every language of the screen, and keeps what it said. */
class VoorlezenWerktZonderNetwerkTest {

    @TempDir
    Path cache;

    private Voorlezer voorlezer;

    @BeforeEach
    void espeakIsThere() throws Exception {
        boolean there;
        try {
            there = new ProcessBuilder("espeak-ng", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (java.io.IOException e) {
            there = false;
        }
        if (!there) {
            String message = "read-aloud needs espeak-ng: apt-get install espeak-ng";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        voorlezer = new Voorlezer(cache, "espeak-ng");
    }

    @ParameterizedTest
    @CsvSource({
        "nl,Welkom in Diezerpoort",
        "en,Welcome",
        "tr,Hoş geldiniz",
        "ar,أهلاً وسهلاً",
        "pl,Witamy",
        "uk,Ласкаво просимо"
    })
    void each_language_is_spoken_as_a_wav_file(String taal, String tekst) throws Exception {
        byte[] wav = Files.readAllBytes(voorlezer.wav(taal, tekst).orElseThrow());
        assertArrayEquals("RIFF".getBytes(), Arrays.copyOf(wav, 4), "a WAV file");
        assertTrue(wav.length > 4000, "with some speech in it, not just a header");
    }

    @Test
    void the_same_text_is_spoken_once_and_then_kept() throws Exception {
        Path first = voorlezer.wav("nl", "Dank u wel").orElseThrow();
        long made = Files.getLastModifiedTime(first).toMillis();
        Path second =
                new Voorlezer(cache, "no-such-program").wav("nl", "Dank u wel").orElseThrow();
        assertEquals(first, second);
        assertEquals(made, Files.getLastModifiedTime(second).toMillis());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.count(), "one file, no leftovers");
        }
        assertTrue(
                new Voorlezer(cache, "no-such-program").wav("nl", "Iets nieuws").isEmpty(),
                "without espeak-ng a new text cannot be spoken, and the kiosk says so instead of failing");
    }

    @Test
    void an_unknown_language_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> voorlezer.wav("xx", "Hallo"));
    }
}
