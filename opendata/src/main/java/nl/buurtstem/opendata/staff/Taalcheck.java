package nl.buurtstem.opendata.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-language check on every text a resident reads: long sentences, long words, words from the jargon list
 * (with a plainer way to say them), and a readability score (Flesch-Douma, the Dutch Flesch reading ease). It warns;
 * it never refuses a text. The jargon list is the data folder's jargon.txt if there is one, else the project's.
 */
public final class Taalcheck {

    static final int LANGE_ZIN = 20;
    static final int LANG_WOORD = 16;

    /** What the check found; {@code score} 0-100, higher is easier (60+ is about B1), null for an empty text. */
    public record Uitslag(Integer score, String niveau, List<String> waarschuwingen) {}

    private static final Pattern ZIN = Pattern.compile("[^.!?]+[.!?]*");
    private static final Pattern WOORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Pattern KLINKERS = Pattern.compile("(ij|[aeiouyàáâäèéêëìíîïòóôöùúûü])+");

    private final Map<String, String> jargon;

    Taalcheck(Map<String, String> jargon) {
        this.jargon = jargon;
    }

    /** With the data folder's jargon.txt if it has one, else the list shipped with the project. */
    static Taalcheck uit(Path dataDir) {
        Path eigen = dataDir == null ? null : dataDir.resolve("jargon.txt");
        try (InputStream in = eigen != null && Files.isRegularFile(eigen)
                ? Files.newInputStream(eigen)
                : Taalcheck.class.getResourceAsStream("/taalcheck/jargon.txt")) {
            return new Taalcheck(lees(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("the jargon list cannot be read", e);
        }
    }

    static Map<String, String> lees(String tekst) {
        Map<String, String> jargon = new LinkedHashMap<>();
        for (String regel : tekst.split("\n")) {
            String r = regel.strip();
            if (r.isEmpty() || r.startsWith("#")) {
                continue;
            }
            int is = r.indexOf('=');
            jargon.put(
                    (is < 0 ? r : r.substring(0, is)).strip().toLowerCase(Locale.ROOT),
                    is < 0 ? "" : r.substring(is + 1).strip());
        }
        return jargon;
    }

    public Uitslag check(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return new Uitslag(null, null, List.of());
        }
        String t = tekst.length() > 10_000 ? tekst.substring(0, 10_000) : tekst;
        List<String> waarschuwingen = new ArrayList<>();
        int zinnen = 0;
        int woorden = 0;
        int lettergrepen = 0;
        Matcher zin = ZIN.matcher(t);
        while (zin.find()) {
            List<String> inZin = woorden(zin.group());
            if (inZin.isEmpty()) {
                continue;
            }
            zinnen++;
            woorden += inZin.size();
            if (inZin.size() > LANGE_ZIN) {
                waarschuwingen.add("Lange zin (" + inZin.size() + " woorden): \"" + begin(zin.group())
                        + "\". Maak er twee zinnen van; zinnen tot " + LANGE_ZIN + " woorden lezen makkelijker.");
            }
            for (String w : inZin) {
                lettergrepen += lettergrepen(w);
                if (w.length() >= LANG_WOORD && !jargon.containsKey(w.toLowerCase(Locale.ROOT))) {
                    waarschuwingen.add("Lang woord: \"" + w + "\". Kan het korter of in twee woorden?");
                }
            }
        }
        String klein = " " + t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ") + " ";
        jargon.forEach((woord, beter) -> {
            if (klein.contains(" " + woord + " ")
                    || klein.contains(" " + woord + "s ")
                    || klein.contains(" " + woord + "en ")) {
                waarschuwingen.add(
                        "Moeilijk woord: \"" + woord + "\"." + (beter.isEmpty() ? "" : " Zeg liever: " + beter + "."));
            }
        });
        if (woorden == 0) {
            return new Uitslag(null, null, waarschuwingen);
        }
        double score =
                206.84 - 0.77 * (100.0 * lettergrepen / woorden) - 0.93 * ((double) woorden / Math.max(1, zinnen));
        int s = (int) Math.round(Math.max(0, Math.min(100, score)));
        return new Uitslag(s, niveau(s), waarschuwingen);
    }

    private static List<String> woorden(String zin) {
        List<String> result = new ArrayList<>();
        Matcher m = WOORD.matcher(zin);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    static int lettergrepen(String woord) {
        Matcher m = KLINKERS.matcher(woord.toLowerCase(Locale.ROOT));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }

    private static String niveau(int score) {
        if (score >= 70) {
            return "makkelijk te lezen";
        }
        if (score >= 60) {
            return "goed te lezen (ongeveer B1)";
        }
        if (score >= 45) {
            return "wat moeilijk; maak zinnen en woorden korter";
        }
        return "moeilijk te lezen; maak zinnen en woorden korter";
    }

    private static String begin(String zin) {
        String z = zin.strip();
        return z.length() > 40 ? z.substring(0, 40) + "…" : z;
    }
}
