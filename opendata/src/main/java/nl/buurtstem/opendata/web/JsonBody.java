package nl.buurtstem.opendata.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * A request's JSON body, read as what the route expects. A body that is {@code null} or empty is the client's
 * mistake, as malformed or wrongly typed JSON is ({@link Problems} answers those 400): never a server error further
 * on. Routes read through {@link #read}, or through Javalin's {@code ctx.bodyAsClass}, which uses {@link #mapper}.
 */
public final class JsonBody {

    private JsonBody() {}

    public static <T> T read(ObjectMapper json, Context ctx, Class<T> type) throws IOException {
        return present(json.readValue(ctx.bodyAsBytes(), type), json.constructType(type));
    }

    public static <T> T read(ObjectMapper json, Context ctx, TypeReference<T> type) throws IOException {
        return present(json.readValue(ctx.bodyAsBytes(), type), json.constructType(type));
    }

    /** Reads bytes already taken from the request (e.g. to check a signature over them first). */
    public static <T> T read(ObjectMapper json, byte[] body, Class<T> type) throws IOException {
        return present(json.readValue(body, type), json.constructType(type));
    }

    /** Javalin's JSON mapper for {@code json}, refusing a {@code null} body with 400 like {@link #read}. */
    public static JsonMapper mapper(ObjectMapper json) {
        JavalinJackson jackson = new JavalinJackson(json, false);
        return new JsonMapper() {
            @Override
            public String toJsonString(Object obj, Type type) {
                return jackson.toJsonString(obj, type);
            }

            @Override
            public InputStream toJsonStream(Object obj, Type type) {
                return jackson.toJsonStream(obj, type);
            }

            @Override
            public void writeToOutputStream(Stream<?> stream, OutputStream out) {
                jackson.writeToOutputStream(stream, out);
            }

            @Override
            public <T> T fromJsonString(String body, Type type) {
                JavaType target = json.constructType(type);
                try {
                    return present(json.readValue(body, target), target);
                } catch (JsonProcessingException e) {
                    throw malformed(e);
                }
            }

            @Override
            public <T> T fromJsonStream(InputStream body, Type type) {
                JavaType target = json.constructType(type);
                try {
                    return present(json.readValue(body, target), target);
                } catch (JsonProcessingException e) {
                    throw malformed(e);
                } catch (IOException e) {
                    throw Problem.badRequest(
                            "body-incomplete", "The body could not be read to its end; send it again.");
                }
            }
        };
    }

    private static Problem malformed(JsonProcessingException e) {
        return Problem.badRequest(
                "malformed-json", "The body is not valid JSON for this request: " + e.getOriginalMessage());
    }

    private static <T> T present(T value, JavaType type) {
        if (value == null) {
            throw Problem.badRequest(
                    "body-required",
                    "The body must be JSON "
                            + (type.isContainerType() && !type.isMapLikeType() ? "(an array)" : "(an object)")
                            + ", not null or empty.");
        }
        return value;
    }
}
