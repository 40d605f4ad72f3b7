package nl.buurtstem.provisioning.release;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of release versions as IT writes them: numbers compare as numbers (1.2 before 1.10), text as text, and a
 * part that begins with '-' or '~' marks a pre-release (1.0-rc1 and 1.0~beta before 1.0, which is before 1.0.1).
 */
final class ReleaseVersion {

    static final Comparator<String> ORDER = ReleaseVersion::compare;

    private ReleaseVersion() {}

    static int compare(String a, String b) {
        List<String> x = parts(a);
        List<String> y = parts(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            if (i >= x.size()) {
                return preRelease(y.get(i)) ? 1 : -1;
            }
            if (i >= y.size()) {
                return preRelease(x.get(i)) ? -1 : 1;
            }
            int c = comparePart(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String p, String q) {
        boolean pn = Character.isDigit(p.charAt(0));
        boolean qn = Character.isDigit(q.charAt(0));
        if (pn && qn) {
            return new BigInteger(p).compareTo(new BigInteger(q));
        }
        if (pn != qn) {
            // A number against text at the same place ("1.0.1" against "1.0-rc1"): the number is the later one.
            return pn ? 1 : -1;
        }
        if (preRelease(p) != preRelease(q)) {
            return preRelease(p) ? -1 : 1;
        }
        if (p.charAt(0) != q.charAt(0) && (p.startsWith("~") || q.startsWith("~"))) {
            // As in Debian: '~' is before everything, also before '-'.
            return p.startsWith("~") ? -1 : 1;
        }
        return p.compareTo(q);
    }

    private static boolean preRelease(String part) {
        return part.startsWith("-") || part.startsWith("~");
    }

    /** Runs of digits, and runs of other characters without the dots that only separate. */
    private static List<String> parts(String version) {
        List<String> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c : version.toCharArray()) {
            boolean digit = Character.isDigit(c);
            if (c == '.' || (!run.isEmpty() && Character.isDigit(run.charAt(0)) != digit)) {
                if (!run.isEmpty()) {
                    parts.add(run.toString());
                }
                run.setLength(0);
                if (c == '.') {
                    continue;
                }
            }
            run.append(c);
        }
        if (!run.isEmpty()) {
            parts.add(run.toString());
        }
        return parts;
    }
}
