package nl.buurtstem.opendata.web;

import java.util.regex.Matcher;

/** Small helpers for the server-rendered pages; every value from data passes through {@link #escape}. */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** A complete page in the central node's plain layout. */
    public static String page(String title, String body) {
        return page(title, body, "/");
    }

    /**
     * A complete page in the central node's plain layout, for a node served below {@code root} (its base path: "/",
     * or e.g. "/buurtstem/" behind a reverse proxy): every root-relative link in the layout and the body is made to
     * start with {@code root}, so none leads out of the node's part of the site.
     */
    public static String page(String title, String body, String root) {
        return underRoot("""
                <!doctype html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Buurtstem</title>
                <link rel="icon" href="/assets/buurtstem.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/assets/central.css">
                </head>
                <body>
                <header><a href="/">Buurtstem</a> · <a href="/sparql">SPARQL</a> · <a href="/catalogus">Catalogus</a></header>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title), body), root);
    }

    /** {@code html} with its root-relative href, src and action attributes moved below {@code root}. */
    public static String underRoot(String html, String root) {
        if ("/".equals(root)) {
            return html;
        }
        // Values from data are escaped (a quote becomes &quot;), so only markup we wrote can match.
        return html.replaceAll("(href|src|action)=\"/(?!/)", "$1=\"" + Matcher.quoteReplacement(root));
    }
}
