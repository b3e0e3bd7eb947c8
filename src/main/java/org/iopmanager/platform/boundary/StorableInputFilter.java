package org.iopmanager.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.iopmanager.platform.entity.StorableValidator;

/**
 * A JSON text value that cannot be stored (a NUL or another control character, half a surrogate pair) is refused
 * on its field before any service sees it. The entities refuse such text too ({@code @Storable}), but a service may
 * look a value up first (a record number, an NPI) or write it to the audit trail only (a reason), and PostgreSQL
 * answers a NUL in a query parameter with an error: HostileInputIT found seven 500s that way on PostgreSQL.
 */
@Provider
@Priority(Priorities.USER - 100)
public class StorableInputFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String field = firstUnstorable(body);
        if (field != null) {
            String message = ResourceBundle.getBundle("org.iopmanager.i18n.messages", Locale.ENGLISH).getString("app.text.unstorable");
            request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Problem(400, message, List.of(new Problem.FieldProblem(field, message)), null, null)).build());
        }
    }

    /** The name of the first field whose text cannot be stored, or null (also for a body that is not JSON). */
    static String firstUnstorable(byte[] body) {
        String key = null;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME) {
                    key = parser.getString();
                    if (!StorableValidator.storable(key)) {
                        return "?";
                    }
                } else if (event == JsonParser.Event.VALUE_STRING && !StorableValidator.storable(parser.getString())) {
                    return key == null ? "?" : key;
                }
            }
        } catch (JsonException | IllegalStateException notJson) {
            return null; // the JSON reader refuses it with its own answer
        }
        return null;
    }
}
