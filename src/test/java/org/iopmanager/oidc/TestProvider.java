package org.iopmanager.oidc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A hospital's OpenID provider for tests, on 127.0.0.1 in the test JVM: discovery, a JWKS with an RSA key generated at
 * start, an authorize endpoint that answers at once with a code for the person the test chose ({@link #next}), and a
 * token endpoint that checks the client's secret, the redirect URI and the PKCE verifier before it answers an RS256 ID
 * token. A {@link Twist} makes that token wrong in one way, to see the application refuse it.
 */
public final class TestProvider implements AutoCloseable {

    public static final String CLIENT_ID = "iop-manager";
    private static final String KEY_ID = "test-key-1";

    /** How the next ID token goes wrong, if at all. */
    public enum Twist { NONE, OTHER_KEY, WRONG_AUDIENCE, WRONG_NONCE }

    /** Who signs in at the provider: subject, sign-in name, name, e-mail and groups. */
    public record Person(String subject, String username, String name, String email, List<String> groups) {
    }

    private record Grant(Person person, Twist twist, String nonce, String challenge, String redirectUri) {
    }

    private static TestProvider shared;

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile Person nextPerson;
    private volatile Twist nextTwist = Twist.NONE;

    /** The provider of the integration tests, started once on the port the build reserved and told Payara Micro. */
    public static synchronized TestProvider shared() throws IOException {
        if (shared == null) {
            shared = start(Integer.parseInt(System.getProperty("iop.oidc.test.port")));
        }
        return shared;
    }

    /** The client secret the application was given (environment IOP_OIDC_CLIENT_SECRET, as in production). */
    public static String clientSecret() {
        String secret = System.getenv("IOP_OIDC_CLIENT_SECRET");
        return secret == null ? "test-client-secret" : secret;
    }

    /** Started on {@code port} of 127.0.0.1 (0: any free port). */
    public static TestProvider start(int port) throws IOException {
        return new TestProvider(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    }

    private TestProvider(HttpServer server) {
        try {
            this.key = new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).generate();
            // Same key id, another key: a forger who knows which key the provider names.
            this.otherKey = new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.server = server;
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The person the next authorization answers for, and how their ID token goes wrong. */
    public void next(Person person, Twist twist) {
        this.nextPerson = person;
        this.nextTwist = twist;
    }

    /** ID tokens handed out so far (each after a code, a secret and a PKCE verifier that all checked out). */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        answer(exchange, 200, "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\","
                + "\"token_endpoint\":\"" + issuer() + "/token\",\"jwks_uri\":\"" + issuer() + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person person = nextPerson;
        if (person == null || !"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
                || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null
                || query.get("redirect_uri") == null || query.get("state") == null || query.get("nonce") == null
                || !(" " + query.get("scope") + " ").contains(" openid ")) {
            answer(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = random();
        codes.put(code, new Grant(person, nextTwist, query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + encode(code) + "&state="
                + encode(query.get("state")));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((encode(CLIENT_ID) + ":" + encode(clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (grant == null || !"authorization_code".equals(form.get("grant_type")) || !grant.redirectUri().equals(form.get("redirect_uri"))
                || form.get("code_verifier") == null || !grant.challenge().equals(s256(form.get("code_verifier")))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        tokensIssued.incrementAndGet();
        answer(exchange, 200, "{\"access_token\":\"" + random() + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\""
                + idToken(grant) + "\"}");
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        Person person = grant.person();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(person.subject())
                .audience(grant.twist() == Twist.WRONG_AUDIENCE ? "someone-else" : CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.twist() == Twist.WRONG_NONCE ? "not-the-nonce-it-sent" : grant.nonce())
                .claim("preferred_username", person.username()).claim("name", person.name()).claim("email", person.email())
                .claim("groups", person.groups()).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(grant.twist() == Twist.OTHER_KEY ? otherKey : key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
