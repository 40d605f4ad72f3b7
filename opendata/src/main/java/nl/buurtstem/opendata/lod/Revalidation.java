package nl.buurtstem.opendata.lod;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * ETag and Last-Modified on what the open data serves, and the 304 that spares a reuser's script or cache the
 * download when nothing changed (If-None-Match first, If-Modified-Since only without it, as RFC 9110 says).
 */
final class Revalidation {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private Revalidation() {}

    /**
     * Sets the validators; answers true, with status 304 set, when the client's copy is current (send no body then).
     *
     * @param etag a quoted entity tag, e.g. "\"abc\""
     */
    static boolean notModified(Context ctx, String etag, Optional<Instant> lastModified) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, no-cache");
        lastModified.ifPresent(t -> ctx.header("Last-Modified", http(t)));
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            if (matches(ifNoneMatch, etag)) {
                ctx.status(304);
                return true;
            }
            return false;
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince != null && lastModified.isPresent()) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                if (!lastModified.get().truncatedTo(ChronoUnit.SECONDS).isAfter(since)) {
                    ctx.status(304);
                    return true;
                }
            } catch (DateTimeParseException e) {
                // RFC 9110: an invalid date is ignored.
            }
        }
        return false;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** An IMF-fixdate (RFC 9110), always with a two-digit day: "Sun, 06 Dec 2026 05:27:16 GMT". */
    static String http(Instant t) {
        return IMF_FIXDATE.format(ZonedDateTime.ofInstant(t, ZoneOffset.UTC));
    }
}
