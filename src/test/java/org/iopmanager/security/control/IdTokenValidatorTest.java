package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ID token rules: only an RS256 signature by a published key, and the claims OpenID Connect Core asks to check. */
class IdTokenValidatorTest {

    private static final String ISSUER = "https://login.hospital.test";
    private static final String CLIENT = "iop-manager";
    private static final String NONCE = "the-nonce";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static RSAKey key;
    private static RSAKey otherKey;
    private static JWKSet published;

    private final IdTokenValidator validator = new IdTokenValidator(ISSUER, CLIENT, "groups");

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        published = new JWKSet(key.toPublicJWK());
    }

    @Test
    void aGoodTokenGivesThePerson() throws Exception {
        OidcPerson person = validator.validate(token(c -> { }), published, NONCE, NOW);

        assertThat(person.subject()).isEqualTo("sub-1");
        assertThat(person.username()).isEqualTo("dana");
        assertThat(person.displayName()).isEqualTo("Dana Whitfield");
        assertThat(person.email()).isEqualTo("dana@hospital.test");
        assertThat(person.groups()).containsExactly("iop-clinicians", "iop-boston");
    }

    @Test
    void aSignatureByAnotherKeyOrAnUnknownKeyIdIsRefused() throws Exception {
        assertRefused(sign(claims(c -> { }), otherKey), "signature does not verify");
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k2").generate();
        assertRefused(sign(claims(c -> { }), stranger), "a key the provider does not publish");
    }

    @Test
    void unsignedAndHmacTokensAreRefusedWhateverTheyClaim() throws Exception {
        assertRefused(new PlainJWT(claims(c -> { })).serialize(), "not a signed JWT");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> { }));
        hmac.sign(new MACSigner(Base64.getDecoder().decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0xMjM0NTY3OA==")));
        assertRefused(hmac.serialize(), "only RS256");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(claims(c -> { }).toString().getBytes());
        assertRefused(header + "." + body + ".", "not a signed JWT");
    }

    @Test
    void issuerAudienceAndAuthorisedPartyMustNameThisApplication() throws Exception {
        assertRefused(token(c -> c.issuer("https://evil.test")), "another issuer");
        assertRefused(token(c -> c.audience("someone-else")), "audience");
        assertRefused(token(c -> c.audience(List.of(CLIENT, "someone-else"))), "azp");
        assertRefused(token(c -> c.audience(List.of(CLIENT, "someone-else")).claim("azp", "someone-else")), "azp");
        assertThat(validator.validate(token(c -> c.audience(List.of(CLIENT, "api")).claim("azp", CLIENT)), published, NONCE, NOW)
                .subject()).isEqualTo("sub-1");
    }

    @Test
    void expiryAndIssueTimeAllowOneMinuteOfClockSkewNoMore() throws Exception {
        assertThat(validator.validate(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(59)))), published, NONCE, NOW))
                .isNotNull();
        assertRefused(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(61)))), "expired");
        assertRefused(token(c -> c.expirationTime(null)), "expired");
        assertThat(validator.validate(token(c -> c.issueTime(Date.from(NOW.plusSeconds(59)))), published, NONCE, NOW)).isNotNull();
        assertRefused(token(c -> c.issueTime(Date.from(NOW.plusSeconds(61)))), "issued in the future");
    }

    @Test
    void theNonceMustBeTheOneThisSignInSent() throws Exception {
        assertRefused(token(c -> c.claim("nonce", "another")), "nonce");
        assertRefused(token(c -> c.claim("nonce", null)), "nonce");
    }

    @Test
    void groupsMayComeAsOneSpaceSeparatedStringAndOtherClaimsAreIgnored() throws Exception {
        OidcPerson person = validator.validate(token(c -> c.claim("groups", "iop-auditors  iop-boston")), published, NONCE, NOW);
        assertThat(person.groups()).containsExactly("iop-auditors", "iop-boston");
        assertThat(new IdTokenValidator(ISSUER, CLIENT, "roles").validate(token(c -> { }), published, NONCE, NOW).groups()).isEmpty();
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> validator.validate(token, published, NONCE, NOW)).isInstanceOf(OidcRefusal.class)
                .hasMessageContaining(reason);
    }

    private static String token(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        return sign(claims(change), key);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("sub-1").audience(CLIENT)
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(300))).claim("nonce", NONCE)
                .claim("preferred_username", "dana").claim("name", "Dana Whitfield").claim("email", "dana@hospital.test")
                .claim("groups", List.of("iop-clinicians", "iop-boston"));
        change.accept(claims);
        return claims.build();
    }
}
