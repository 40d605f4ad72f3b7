package nl.buurtstem.kiosk.voorlezen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 'Lees voor' speaks with espeak-ng on the kiosk itself, in every language of the screen, and keeps what it said. */
@Tag("slow")
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
        } catch (IOException e) {
            there = false;
        }
        if (!there) {
            String message = "read-aloud needs espeak-ng: apt-get install espeak-ng";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
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
        Path second =
                new Voorlezer(cache, "no-such-program").wav("nl", "Dank u wel").orElseThrow();
        assertEquals(first, second, "kept, not spoken again (there is no espeak-ng the second time)");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.count(), "one file, no leftovers");
        }
        assertTrue(
                new Voorlezer(cache, "no-such-program").wav("nl", "Iets nieuws").isEmpty(),
                "without espeak-ng a new text cannot be spoken, and the kiosk says so instead of failing");
    }

    @Test
    void parts_in_two_languages_are_spoken_one_after_another_in_one_file() throws Exception {
        long arabisch = Files.size(voorlezer.wav("ar", "أهلاً وسهلاً").orElseThrow());
        long nederlands = Files.size(voorlezer.wav("nl", "Buurthuis De Kroon").orElseThrow());
        Path samen = voorlezer
                .wav(List.of(new Deel("ar", "أهلاً وسهلاً"), new Deel("nl", "Buurthuis De Kroon")))
                .orElseThrow();
        byte[] wav = Files.readAllBytes(samen);
        assertTrue(wav.length > arabisch + nederlands - 44, "both parts are in it, with a pause between");
        assertEquals(
                wav.length - 8,
                ByteBuffer.wrap(wav, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                "a WAV header that says how long it really is, so the player plays to the end");
    }

    @Test
    void the_kept_speech_stays_within_its_count_and_size_and_the_longest_unheard_goes_first() throws Exception {
        Voorlezer klein = new Voorlezer(cache, "espeak-ng", 3, 400_000);
        klein.wav("nl", "Een");
        klein.wav("nl", "Twee");
        klein.wav("nl", "Drie");
        Files.setLastModifiedTime(klein.wav("nl", "Twee").orElseThrow(), FileTime.fromMillis(0));
        klein.wav("nl", "Een");
        klein.wav("nl", "Vier");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(3, files.count(), "at most three files");
        }
        assertTrue(
                new Voorlezer(cache, "no-such-program", 3, 400_000)
                        .wav("nl", "Twee")
                        .isEmpty(),
                "the one heard longest ago went");
        for (int i = 0; i < 6; i++) {
            klein.wav("nl", "Dit is zin nummer " + i + " en die is best wel lang, zodat het geluid groot wordt.");
        }
        long bytes;
        try (Stream<Path> files = Files.list(cache)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes <= 400_000, "at most the size cap, was " + bytes);
    }

    @Test
    void an_unknown_language_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> voorlezer.wav("xx", "Hallo"));
    }
}
