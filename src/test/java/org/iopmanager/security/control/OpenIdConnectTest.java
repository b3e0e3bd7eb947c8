package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PKCE challenge as RFC 7636 computes it. */
class OpenIdConnectTest {

    @Test
    void theS256ChallengeIsTheExampleOfRfc7636AppendixB() {
        assertThat(OpenIdConnect.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }
}
