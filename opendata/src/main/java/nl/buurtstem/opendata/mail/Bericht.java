package nl.buurtstem.opendata.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One mail: plain text, optionally with one attachment (then MIME multipart/mixed). Written out by hand: a text part
 * and a base64 part are a few lines, and the sender is the JDK-socket client the alarms already use.
 *
 * @param afzender  the name shown as sender, e.g. "Gemeente Zwolle"
 * @param kopregels extra header lines, e.g. List-Unsubscribe
 * @param bijlage   null for a text-only mail
 */
public record Bericht(
        String afzender,
        List<String> aan,
        String onderwerp,
        String tekst,
        Map<String, String> kopregels,
        Bijlage bijlage) {

    /** A file sent along, e.g. a poster as application/pdf. */
    public record Bijlage(String bestandsnaam, String type, byte[] inhoud) {}

    public Bericht {
        aan = List.copyOf(aan);
        kopregels = Map.copyOf(kopregels);
        for (String regel : kopregels.values()) {
            if (regel.contains("\r") || regel.contains("\n")) {
                throw new IllegalArgumentException("a header value cannot span lines");
            }
        }
    }

    /** The message as it goes after DATA (before dot-stuffing), from {@code adres} at {@code datum}. */
    String mime(String adres, ZonedDateTime datum) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(woord(afzender)).append(" <").append(adres).append(">\r\n");
        m.append("To: ").append(String.join(", ", aan)).append("\r\n");
        m.append("Subject: ").append(woord(onderwerp)).append("\r\n");
        m.append("Date: ")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(datum))
                .append("\r\n");
        m.append("Message-ID: <").append(UUID.randomUUID()).append("@buurtstem>\r\n");
        kopregels.forEach(
                (naam, waarde) -> m.append(naam).append(": ").append(waarde).append("\r\n"));
        m.append("MIME-Version: 1.0\r\n");
        if (bijlage == null) {
            return m.append(tekstdeel()).toString();
        }
        String grens = "buurtstem-" + UUID.randomUUID();
        m.append("Content-Type: multipart/mixed; boundary=\"").append(grens).append("\"\r\n\r\n");
        m.append("--").append(grens).append("\r\n").append(tekstdeel());
        m.append("--").append(grens).append("\r\n");
        m.append("Content-Type: ").append(bijlage.type()).append("; name=\"").append(bijlage.bestandsnaam());
        m.append("\"\r\nContent-Disposition: attachment; filename=\"").append(bijlage.bestandsnaam());
        m.append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        m.append(Base64.getMimeEncoder().encodeToString(bijlage.inhoud())).append("\r\n");
        return m.append("--").append(grens).append("--\r\n").toString();
    }

    private String tekstdeel() {
        return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + String.join("\r\n", tekst.split("\r?\n", -1)) + "\r\n";
    }

    /** An RFC 2047 encoded word: headers are ASCII, names and subjects are not always. */
    private static String woord(String tekst) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(tekst.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
