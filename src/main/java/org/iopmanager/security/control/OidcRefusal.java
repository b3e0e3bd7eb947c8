package org.iopmanager.security.control;

/**
 * Why an OpenID Connect sign-in was refused before anyone was signed in: a reason for the audit trail, never a token,
 * a code or a secret.
 */
public class OidcRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public OidcRefusal(String reason) {
        super(reason);
    }

    public OidcRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
