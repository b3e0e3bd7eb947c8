package org.iopmanager.platform.boundary;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B of the REST API: the platform's defaults, except that a whole number is read exactly. By default a
 * JSON number is narrowed into an Integer or a Long the way {@code BigDecimal.intValue()} does, so 1.5 became 1 and
 * 1e308 or 9223372036854775808 became 0 without a word (the bad-input corpus of HostileInputIT found it); now such a
 * value is refused as unreadable (400), like a text where a number goes.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /** The one JSON-B of the API (also for answers kept by {@link IdempotencyFilter}). */
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new ExactInteger(), new ExactLong()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The number at the parser, or null for a JSON null (Yasson hands nulls of a boxed field to the deserializer). */
    private static BigDecimal number(JsonParser parser) {
        try {
            JsonParser.Event event = parser.currentEvent();
            if (event == JsonParser.Event.VALUE_NULL) {
                return null;
            }
            return event == JsonParser.Event.VALUE_STRING ? new BigDecimal(parser.getString()) : parser.getBigDecimal();
        } catch (IllegalStateException | NumberFormatException notANumber) {
            throw new JsonbException("Not a number");
        }
    }

    /** An Integer only from a JSON number that is one, exactly. */
    public static final class ExactInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                BigDecimal number = number(parser);
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException inexact) {
                throw new JsonbException("Not a whole number in range", inexact);
            }
        }
    }

    /** A Long only from a JSON number that is one, exactly. */
    public static final class ExactLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                BigDecimal number = number(parser);
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException inexact) {
                throw new JsonbException("Not a whole number in range", inexact);
            }
        }
    }
}
