package nl.buurtstem.opendata.web;

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
        return """
                <!doctype html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Buurtstem</title>
                <link rel="stylesheet" href="/assets/central.css">
                </head>
                <body>
                <header><a href="/">Buurtstem</a> · <a href="/sparql">SPARQL</a> · <a href="/catalogus">Catalogus</a></header>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title), body);
    }
}
