package org.iopmanager.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks of a confidential client: an RS256 signature by a key of the
 * provider's JWKS (unsigned tokens, {@code none} and the HMAC algorithms are refused: a client secret must never be
 * a signing key here), the issuer, the audience naming this client ({@code azp} too when there are several), expiry
 * and issue time within a small clock skew, and the nonce this sign-in sent. Plain Java, so it is unit-tested alone.
 */
public final class IdTokenValidator {

    /** How far the provider's clock may be from ours. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String clientId;
    private final String groupsClaim;

    public IdTokenValidator(String issuer, String clientId, String groupsClaim) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.groupsClaim = groupsClaim;
    }

    /** Whether {@code token} is signed by a key of {@code keys}; decides whether to fetch the keys again first. */
    public boolean knowsKey(String token, JWKSet keys) throws OidcRefusal {
        return key(parse(token), keys) != null;
    }

    public OidcPerson validate(String token, JWKSet keys, String nonce, Instant now) throws OidcRefusal {
        SignedJWT jwt = parse(token);
        RSAKey key = key(jwt, keys);
        if (key == null) {
            throw new OidcRefusal("the ID token is signed by a key the provider does not publish");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new OidcRefusal("the ID token's signature does not verify");
            }
        } catch (JOSEException e) {
            throw new OidcRefusal("the ID token's signature could not be checked", e);
        }
        JWTClaimsSet claims = claims(jwt);
        if (!issuer.equals(claims.getIssuer())) {
            throw new OidcRefusal("the ID token names another issuer");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new OidcRefusal("the ID token is not for this application (audience)");
        }
        String azp = text(claims, "azp");
        if (audience.size() > 1 && !clientId.equals(azp) || azp != null && !clientId.equals(azp)) {
            throw new OidcRefusal("the ID token was issued to another party (azp)");
        }
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || !expires.toInstant().plus(CLOCK_SKEW).isAfter(now)) {
            throw new OidcRefusal("the ID token has expired");
        }
        if (issued == null || issued.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
            throw new OidcRefusal("the ID token is issued in the future");
        }
        String sent = nonce == null ? "" : nonce;
        String got = text(claims, "nonce");
        if (got == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), got.getBytes(StandardCharsets.UTF_8))) {
            throw new OidcRefusal("the ID token's nonce is not the one this sign-in sent");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new OidcRefusal("the ID token names no subject");
        }
        return new OidcPerson(issuer, subject, text(claims, "preferred_username"), text(claims, "name"), text(claims, "email"),
                groups(claims));
    }

    private static SignedJWT parse(String token) throws OidcRefusal {
        if (token == null || token.isBlank()) {
            throw new OidcRefusal("the provider sent no ID token");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new OidcRefusal("the ID token is signed with " + jwt.getHeader().getAlgorithm() + ", only RS256 is accepted");
            }
            return jwt;
        } catch (ParseException e) {
            // An unsigned ("alg": "none") or encrypted token does not parse as a signed one.
            throw new OidcRefusal("the ID token is not a signed JWT");
        }
    }

    /** The signing key the token names by {@code kid}, or the only RSA signing key when it names none. */
    private static RSAKey key(SignedJWT jwt, JWKSet keys) {
        String kid = jwt.getHeader().getKeyID();
        List<RSAKey> candidates = new ArrayList<>();
        for (JWK jwk : keys.getKeys()) {
            if (jwk instanceof RSAKey rsa && (jwk.getKeyUse() == null || KeyUse.SIGNATURE.equals(jwk.getKeyUse()))
                    && (kid == null || kid.equals(jwk.getKeyID()))) {
                candidates.add(rsa);
            }
        }
        return candidates.size() == 1 || kid != null && !candidates.isEmpty() ? candidates.get(0) : null;
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws OidcRefusal {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new OidcRefusal("the ID token's claims do not parse");
        }
    }

    private static String text(JWTClaimsSet claims, String name) throws OidcRefusal {
        Object value = claims.getClaim(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            throw new OidcRefusal("the ID token's claim " + name + " is not text");
        }
        return string;
    }

    /** The groups claim as a list of names; a single name or a space-separated string is accepted too. */
    private List<String> groups(JWTClaimsSet claims) {
        Object value = claims.getClaim(groupsClaim);
        List<String> groups = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(groups::add);
        } else if (value instanceof String one) {
            for (String name : one.trim().split("\\s+")) {
                if (!name.isEmpty()) {
                    groups.add(name);
                }
            }
        }
        return groups.stream().map(String::strip).filter(group -> !group.isEmpty()).toList();
    }
}
