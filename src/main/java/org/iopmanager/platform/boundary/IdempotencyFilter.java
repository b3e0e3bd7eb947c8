package org.iopmanager.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.iopmanager.platform.control.IdempotencyStore;

/**
 * Double submit over REST (issue 8): a POST with an {@code Idempotency-Key} header runs once per user and key; the
 * same request sent again (a retry after a lost answer, a double click) gets the first answer again, marked
 * {@code Idempotency-Replayed: true}, and creates nothing. The same key with another body is refused (422), and a
 * second copy that arrives while the first is still running is told so (409). Without the header nothing changes.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(problem(new Problem(400, text("app.idempotency.key"),
                    List.of(new Problem.FieldProblem(HEADER, text("app.idempotency.key"))), null, null)));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String user = request.getSecurityContext().getUserPrincipal().getName();
        IdempotencyStore.Claim claim;
        try {
            claim = store.claim(user, key, hash(request.getUriInfo().getPath(), body));
        } catch (EJBException | jakarta.persistence.PersistenceException twoAtOnce) {
            // the other copy inserted the key between our look-up and our insert
            claim = new IdempotencyStore.Claim(IdempotencyStore.Claim.Kind.IN_PROGRESS, null, null);
        }
        switch (claim.kind()) {
            case CLAIMED -> request.setProperty(CLAIMED, new String[] {user, key});
            case REPLAY -> request.abortWith(Response.status(claim.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(claim.body() == null ? "" : claim.body()).header("Idempotency-Replayed", "true").build());
            case IN_PROGRESS -> request.abortWith(problem(Problem.of(409, text("app.idempotency.inProgress"))));
            case MISMATCH -> request.abortWith(problem(Problem.of(422, text("app.idempotency.mismatch"))));
            default -> throw new IllegalStateException(claim.kind().name());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claimed[0], claimed[1]);
            return;
        }
        Object entity = response.getEntity();
        String json = entity == null ? null : entity instanceof String text ? text : JsonbConfiguration.JSONB.toJson(entity);
        store.complete(claimed[0], claimed[1], response.getStatus(), json);
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }

    private static String text(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.iopmanager.i18n.messages", Locale.ENGLISH);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
