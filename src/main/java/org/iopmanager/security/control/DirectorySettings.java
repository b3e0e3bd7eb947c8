package org.iopmanager.security.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Directory sign-in settings (MicroProfile Config, so environment variables such as {@code IOP_LDAP_URL}); off while
 * {@code iop.ldap.url} is empty. The service account's password comes from the environment only. Settings without a
 * default are {@code Optional}: MicroProfile Config counts an empty default as missing and would refuse to deploy.
 */
@ApplicationScoped
public class DirectorySettings {

    /** How to reach and search the directory. */
    public record Connection(String url, String bindDn, String bindPassword, String userBase, String userFilter,
            String groupBase, String groupFilter, String groupNameAttribute, String displayNameAttribute,
            String emailAttribute, int timeoutMillis) {
    }

    @Inject
    @ConfigProperty(name = "iop.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "iop.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "iop.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "iop.ldap.user-base")
    Optional<String> userBase;

    @Inject
    @ConfigProperty(name = "iop.ldap.user-filter", defaultValue = "(&(objectClass=person)(uid={0}))")
    String userFilter;

    @Inject
    @ConfigProperty(name = "iop.ldap.group-base")
    Optional<String> groupBase;

    @Inject
    @ConfigProperty(name = "iop.ldap.group-filter", defaultValue = "(&(objectClass=groupOfNames)(member={0}))")
    String groupFilter;

    @Inject
    @ConfigProperty(name = "iop.ldap.group-name-attribute", defaultValue = "cn")
    String groupNameAttribute;

    @Inject
    @ConfigProperty(name = "iop.ldap.display-name-attribute", defaultValue = "cn")
    String displayNameAttribute;

    @Inject
    @ConfigProperty(name = "iop.ldap.email-attribute", defaultValue = "mail")
    String emailAttribute;

    @Inject
    @ConfigProperty(name = "iop.ldap.timeout-millis", defaultValue = "5000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "iop.ldap.role-groups")
    Optional<String> roleGroups;

    @Inject
    @ConfigProperty(name = "iop.ldap.site-groups")
    Optional<String> siteGroups;

    public boolean enabled() {
        return url.filter(value -> value.startsWith("ldap://") || value.startsWith("ldaps://")).isPresent();
    }

    public Directory directory() {
        return new Directory(new Connection(url.orElse(""), bindDn.orElse(null), bindPassword.orElse(null), userBase.orElse(""),
                userFilter, groupBase.orElse(""), groupFilter, groupNameAttribute, displayNameAttribute, emailAttribute, timeoutMillis));
    }

    public DirectoryMapping mapping() {
        return DirectoryMapping.parse(roleGroups.orElse(""), siteGroups.orElse(""));
    }
}
