package org.iopmanager.security.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The calls to the OpenID provider: its discovery document ({@code {issuer}/.well-known/openid-configuration}), its
 * signing keys (JWKS) and the code-for-token exchange, over {@link HttpClient} with {@code iop.oidc.timeout-millis}
 * for connecting and for each answer, redirects not followed. Discovery and keys are cached; the keys are fetched
 * again when a token names a key not among them (the provider rolled its keys), at most once a minute.
 */
@ApplicationScoped
public class OidcClient {

    /** The provider's endpoints this application uses. */
    public record Endpoints(URI authorization, URI token, URI jwks) {
    }

    private static final Duration DISCOVERY_TTL = Duration.ofHours(1);
    private static final Duration KEYS_REFRESH_MIN = Duration.ofMinutes(1);

    @Inject
    OidcSettings settings;

    @Inject
    Clock clock;

    private volatile HttpClient http;
    private volatile Endpoints endpoints;
    private volatile Instant endpointsAt = Instant.EPOCH;
    private volatile JWKSet keys;
    private volatile Instant keysAt = Instant.EPOCH;

    public Endpoints endpoints() throws OidcRefusal {
        Endpoints known = endpoints;
        if (known != null && clock.instant().isBefore(endpointsAt.plus(DISCOVERY_TTL))) {
            return known;
        }
        String issuer = settings.issuer().orElseThrow(() -> new OidcRefusal("OpenID Connect is not configured"));
        Map<String, Object> document = json(get(URI.create(issuer + "/.well-known/openid-configuration")), "discovery document");
        try {
            if (!issuer.equals(stripSlash(JSONObjectUtils.getString(document, "issuer")))) {
                throw new OidcRefusal("the discovery document names another issuer");
            }
            known = new Endpoints(uri(document, "authorization_endpoint"), uri(document, "token_endpoint"), uri(document, "jwks_uri"));
        } catch (ParseException e) {
            throw new OidcRefusal("the discovery document is incomplete");
        }
        endpoints = known;
        endpointsAt = clock.instant();
        return known;
    }

    /** The provider's keys; {@code fresh} asks for them again (unless they were fetched less than a minute ago). */
    public synchronized JWKSet keys(boolean fresh) throws OidcRefusal {
        Instant now = clock.instant();
        if (keys != null && (!fresh || now.isBefore(keysAt.plus(KEYS_REFRESH_MIN)))) {
            return keys;
        }
        try {
            keys = JWKSet.parse(get(endpoints().jwks()));
        } catch (ParseException e) {
            throw new OidcRefusal("the provider's key set does not parse");
        }
        keysAt = now;
        return keys;
    }

    /** Exchanges the authorization code (with the PKCE verifier) for the ID token, client_secret_basic when there is a secret. */
    public String exchange(String code, String verifier, String redirectUri) throws OidcRefusal {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints().token()).timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (settings.clientSecret().isPresent()) {
            String pair = encode(settings.clientId()) + ":" + encode(settings.clientSecret().get());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put("client_id", settings.clientId());
        }
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            // The provider's error code only (e.g. invalid_grant): its description could echo what was sent.
            String error = errorCode(response.body());
            throw new OidcRefusal("the provider refused the code (" + response.statusCode() + (error == null ? "" : " " + error) + ")");
        }
        try {
            return JSONObjectUtils.getString(json(response.body(), "token answer"), "id_token");
        } catch (ParseException e) {
            throw new OidcRefusal("the token answer has no ID token");
        }
    }

    private String get(URI uri) throws OidcRefusal {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new OidcRefusal("the provider answered " + response.statusCode() + " for " + uri.getPath());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws OidcRefusal {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OidcRefusal("the provider did not answer (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal("interrupted while waiting for the provider", e);
        }
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
            http = client;
        }
        return client;
    }

    private static Map<String, Object> json(String text, String what) throws OidcRefusal {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new OidcRefusal("the provider's " + what + " is not JSON");
        }
    }

    private static String errorCode(String body) {
        try {
            String error = JSONObjectUtils.getString(JSONObjectUtils.parse(body), "error");
            return error != null && error.matches("[a-z_]{1,40}") ? error : null;
        } catch (ParseException e) {
            return null;
        }
    }

    private static URI uri(Map<String, Object> document, String name) throws ParseException, OidcRefusal {
        String value = JSONObjectUtils.getString(document, name);
        if (value == null || !(value.startsWith("https://") || value.startsWith("http://"))) {
            throw new OidcRefusal("the discovery document has no " + name);
        }
        return URI.create(value);
    }

    private static String stripSlash(String value) {
        return value != null && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
