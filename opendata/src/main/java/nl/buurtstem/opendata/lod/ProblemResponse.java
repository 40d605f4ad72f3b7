package nl.buurtstem.opendata.lod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.opendata.web.UnreadBody;

/**
 * An RFC 9457 problem body for answers written below Javalin (the SPARQL endpoint runs in Fuseki's filter), in the
 * same shape as every other refusal of the central node.
 */
final class ProblemResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponse() {}

    static void write(HttpServletRequest req, HttpServletResponse res, int status, String type, String detail) {
        UnreadBody.discard(req, res);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + type);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail.strip());
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            res.setStatus(status);
            res.setHeader("Cache-Control", "no-store");
            res.setContentType("application/problem+json");
            res.setContentLength(bytes.length);
            if (!"HEAD".equals(req.getMethod())) {
                res.getOutputStream().write(bytes);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body is always JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 415 -> "Unsupported media type";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
