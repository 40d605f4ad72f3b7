package nl.buurtstem.opendata.plan;

import java.net.URI;
import java.net.URISyntaxException;

/** Links staff add to content become IRIs in the open data: only absolute http(s) addresses. */
public final class Urls {

    private Urls() {}

    public static void require(String url, String field) {
        try {
            URI uri = new URI(url == null ? "" : url);
            if (!uri.isAbsolute()
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException(field + " must be a full web address (https://...)");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid web address");
        }
    }
}
