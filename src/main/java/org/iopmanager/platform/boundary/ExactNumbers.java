package org.iopmanager.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.iopmanager.platform.control.RuleViolation;

/**
 * A whole-number field of a request body takes only a whole number it can hold: JSON-B narrows without a word (1.5
 * became 1, 1e308 and 9223372036854775808 became 0: HostileInputIT found a site's licensed capacity stored as 0), so
 * the body is checked against the request record's components before JSON-B reads it, and such a value is refused
 * on its field. Everything else (nulls, strings, malformed JSON) is left to JSON-B as before.
 */
@Provider
@Priority(Priorities.USER)
public class ExactNumbers implements ReaderInterceptor {

    private static final Set<Class<?>> INTS = Set.of(int.class, Integer.class, short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> LONGS = Set.of(long.class, Long.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord() || context.getMediaType() == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return context.proceed();
        }
        String field = firstInexact(value, context.getType(), "");
        if (field != null) {
            throw RuleViolation.onField(field, "app.number.inexact");
        }
        return context.proceed();
    }

    /** The path of the first whole-number field holding a fraction or a number too large for it, or null. */
    static String firstInexact(JsonValue value, Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        if (value instanceof JsonNumber number) {
            return INTS.contains(raw) && !fits(number, Integer.MIN_VALUE, Integer.MAX_VALUE)
                    || LONGS.contains(raw) && !fits(number, Long.MIN_VALUE, Long.MAX_VALUE) ? path : null;
        }
        if (value instanceof JsonObject object && raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonValue member = object.get(component.getName());
                String inexact = member == null ? null
                        : firstInexact(member, component.getGenericType(), path.isEmpty() ? component.getName() : path + "." + component.getName());
                if (inexact != null) {
                    return inexact;
                }
            }
        }
        if (value instanceof JsonArray array && type instanceof ParameterizedType p && Iterable.class.isAssignableFrom(raw)) {
            for (int i = 0; i < array.size(); i++) {
                String inexact = firstInexact(array.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
                if (inexact != null) {
                    return inexact;
                }
            }
        }
        return null;
    }

    private static boolean fits(JsonNumber number, long min, long max) {
        if (!number.isIntegral()) {
            return false;
        }
        java.math.BigDecimal exact = number.bigDecimalValue();
        return exact.compareTo(java.math.BigDecimal.valueOf(min)) >= 0 && exact.compareTo(java.math.BigDecimal.valueOf(max)) <= 0;
    }
}
