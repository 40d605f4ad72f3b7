package nl.buurtstem.opendata.web;

import java.util.Map;

/**
 * A request we refuse, answered as an RFC 9457 problem body. The {@code type} is a short slug; it is
 * published under /problems/ so a client can look it up.
 */
public final class Problem extends RuntimeException {

    private final int status;
    private final String type;
    private final Map<String, Object> extensions;

    public Problem(int status, String type, String detail) {
        this(status, type, detail, Map.of());
    }

    public Problem(int status, String type, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.extensions = Map.copyOf(extensions);
    }

    public static Problem badRequest(String type, String detail) {
        return new Problem(400, type, detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
