package org.iopmanager.security.control;

import jakarta.security.enterprise.credential.Credential;

/**
 * Asks {@link SessionAuthentication} to complete an OpenID Connect sign-in from the provider's answer on the current
 * request (code and state). It carries nothing: everything it vouches for is checked from the request and the session.
 */
public final class OidcCallback implements Credential {
}
