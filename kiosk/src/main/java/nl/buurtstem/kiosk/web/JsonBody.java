package nl.buurtstem.kiosk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a request's JSON body as a record; {@code null}, an empty body or a wrongly typed one is the caller's 400. */
public final class JsonBody {

    private JsonBody() {}

    public static <T> T read(Context ctx, ObjectMapper json, Class<T> type) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        T value = body.length == 0 ? null : json.readValue(body, type);
        if (value == null) {
            throw new Problem(400, "missing-body", "Send a JSON object in the request body.");
        }
        return value;
    }
}
