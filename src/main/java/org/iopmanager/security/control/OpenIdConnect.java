package org.iopmanager.security.control;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.nimbusds.jose.jwk.JWKSet;

import org.iopmanager.security.boundary.SignIn;

/**
 * The authorization-code flow with PKCE (S256), state and nonce, as {@link SessionAuthentication} runs it. {@link #start}
 * keeps a fresh state, nonce and code verifier in the HTTP session and answers where to send the browser; {@link #complete}
 * takes them out again (each is used once), checks the state, exchanges the code, validates the ID token
 * ({@link IdTokenValidator}) and lets {@link SignIn} map the groups, keep the profile and audit. Codes, tokens and the
 * client secret are never logged nor audited.
 */
@ApplicationScoped
public class OpenIdConnect {

    /** Request attribute naming why a callback did not sign anyone in: {@link #REFUSED} or {@link #FAILED}. */
    public static final String OUTCOME = OpenIdConnect.class.getName() + ".outcome";
    /** The provider vouched for the person, but their groups give no role or site here. */
    public static final String REFUSED = "refused";
    /** The flow itself failed: a wrong state, a bad token, a provider that did not answer. */
    public static final String FAILED = "failed";

    static final String PENDING = OpenIdConnect.class.getName() + ".pending";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What one started sign-in expects back. */
    record Pending(String state, String nonce, String verifier, String redirectUri) implements Serializable {
    }

    @Inject
    OidcSettings settings;

    @Inject
    OidcClient client;

    @Inject
    SignIn signIn;

    @Inject
    Clock clock;

    public boolean enabled() {
        return settings.enabled();
    }

    /** The provider's authorization URL for a new sign-in on this session. */
    public String start(HttpServletRequest request) throws OidcRefusal {
        if (!enabled()) {
            throw new OidcRefusal("OpenID Connect is not configured");
        }
        Pending pending = new Pending(random(), random(), random(), redirectUri(request));
        String url = client.endpoints().authorization().toString();
        request.getSession(true).setAttribute(PENDING, pending);
        return url + (url.contains("?") ? "&" : "?") + "response_type=code"
                + "&client_id=" + encode(settings.clientId())
                + "&redirect_uri=" + encode(pending.redirectUri())
                + "&scope=" + encode(settings.scopes())
                + "&state=" + encode(pending.state())
                + "&nonce=" + encode(pending.nonce())
                + "&code_challenge=" + encode(challenge(pending.verifier()))
                + "&code_challenge_method=S256";
    }

    /** The caller the provider's answer signs in, or empty with {@link #OUTCOME} set on the request. */
    Optional<SessionAuthentication.Caller> complete(HttpServletRequest request) {
        OidcPerson person;
        try {
            person = verify(request);
        } catch (OidcRefusal refusal) {
            signIn.refusedByOpenIdConnect(refusal.getMessage());
            request.setAttribute(OUTCOME, FAILED);
            return Optional.empty();
        }
        SignIn.Result result = signIn.viaOpenIdConnect(person);
        if (result.status() != SignIn.Result.Status.SUCCESS) {
            request.setAttribute(OUTCOME, REFUSED);
            return Optional.empty();
        }
        return Optional.of(new SessionAuthentication.Caller(result.username(), Set.of(result.role().name())));
    }

    private OidcPerson verify(HttpServletRequest request) throws OidcRefusal {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        if (!enabled()) {
            throw new OidcRefusal("OpenID Connect is not configured");
        }
        if (!(saved instanceof Pending pending)) {
            throw new OidcRefusal("no sign-in was started on this session");
        }
        String state = request.getParameter("state");
        if (state == null || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            throw new OidcRefusal("the state does not match the sign-in this session started");
        }
        String error = request.getParameter("error");
        if (error != null) {
            throw new OidcRefusal("the provider answered an error" + (error.matches("[a-z_]{1,40}") ? " (" + error + ")" : ""));
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            throw new OidcRefusal("the provider sent no code");
        }
        String token = client.exchange(code, pending.verifier(), pending.redirectUri());
        IdTokenValidator validator = new IdTokenValidator(settings.issuer().orElseThrow(), settings.clientId(), settings.groupsClaim());
        JWKSet keys = client.keys(false);
        if (!validator.knowsKey(token, keys)) {
            keys = client.keys(true);
        }
        return validator.validate(token, keys, pending.nonce(), clock.instant());
    }

    private String redirectUri(HttpServletRequest request) {
        return settings.redirectUri().orElseGet(() -> {
            StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
            int port = request.getServerPort();
            if (!(port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(request.getContextPath()).append(OidcSettings.CALLBACK_PATH).toString();
        });
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** RFC 7636: BASE64URL(SHA-256(ASCII(code_verifier))). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
