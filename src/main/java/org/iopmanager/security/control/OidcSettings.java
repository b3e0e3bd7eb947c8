package org.iopmanager.security.control;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect sign-in settings (MicroProfile Config, so environment variables such as {@code IOP_OIDC_ISSUER}); off
 * while {@code iop.oidc.issuer} is empty. The client secret comes from the environment only and is never logged. Groups
 * map to roles and sites with the same format and rules as the directory's ({@link DirectoryMapping}).
 */
@ApplicationScoped
public class OidcSettings {

    /** Where the provider's answer comes back to, under the application's context path, unless set. */
    public static final String CALLBACK_PATH = "/oidc/callback";

    @Inject
    @ConfigProperty(name = "iop.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "iop.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "iop.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "iop.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "iop.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    @Inject
    @ConfigProperty(name = "iop.oidc.groups-claim", defaultValue = "groups")
    String groupsClaim;

    @Inject
    @ConfigProperty(name = "iop.oidc.role-groups")
    Optional<String> roleGroups;

    @Inject
    @ConfigProperty(name = "iop.oidc.site-groups")
    Optional<String> siteGroups;

    @Inject
    @ConfigProperty(name = "iop.oidc.timeout-millis", defaultValue = "5000")
    int timeoutMillis;

    public boolean enabled() {
        return issuer().isPresent() && clientId.filter(id -> !id.isBlank()).isPresent();
    }

    /** The issuer without a trailing slash (the ID token's {@code iss} must equal it). */
    public Optional<String> issuer() {
        return issuer.map(String::strip).filter(value -> value.startsWith("https://") || value.startsWith("http://"))
                .map(value -> value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    public String clientId() {
        return clientId.orElse("").strip();
    }

    /** Empty for a public client (PKCE only). */
    public Optional<String> clientSecret() {
        return clientSecret.filter(secret -> !secret.isEmpty());
    }

    /** The configured redirect URI; empty means this application's own {@link #CALLBACK_PATH}. */
    public Optional<String> redirectUri() {
        return redirectUri.map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The scopes asked for, {@code openid} always among them. */
    public String scopes() {
        String asked = scopes == null || scopes.isBlank() ? "openid" : scopes.strip().replaceAll("[\\s,]+", " ");
        return (" " + asked + " ").contains(" openid ") ? asked : "openid " + asked;
    }

    public String groupsClaim() {
        return groupsClaim;
    }

    public Duration timeout() {
        return Duration.ofMillis(Math.max(100, timeoutMillis));
    }

    public DirectoryMapping mapping() {
        return DirectoryMapping.parse(roleGroups.orElse(""), siteGroups.orElse(""));
    }
}
