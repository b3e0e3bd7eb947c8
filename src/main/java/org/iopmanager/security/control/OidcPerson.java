package org.iopmanager.security.control;

import java.util.List;

/** Who the OpenID provider says signed in, from a validated ID token: subject, sign-in name, name, e-mail, groups. */
public record OidcPerson(String issuer, String subject, String username, String displayName, String email, List<String> groups) {

    public OidcPerson {
        groups = List.copyOf(groups);
    }
}
