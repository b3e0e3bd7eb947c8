package org.iopmanager.security.control;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * Sign-in against the hospital's LDAP or Active Directory, the way their own applications do it: find the person's
 * entry with the service account (or anonymously), bind as that entry with the typed password, then read the
 * groups that list the entry as a member. Plain JNDI (part of the JDK), with connect and read time-outs so a
 * directory that does not answer fails the sign-in quickly instead of holding a request thread.
 */
public class Directory {

    /** Why a sign-in against the directory did not succeed. */
    public enum Outcome { SUCCESS, WRONG_PASSWORD, UNKNOWN_USER, UNAVAILABLE }

    /** The outcome, with the person on success. */
    public record Answer(Outcome outcome, DirectoryPerson person) {
    }

    private static final Logger LOG = Logger.getLogger(Directory.class.getName());

    private final DirectorySettings.Connection settings;

    public Directory(DirectorySettings.Connection settings) {
        this.settings = settings;
    }

    public Answer authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            // An LDAP bind with an empty password is an anonymous bind that "succeeds": never let it through.
            return new Answer(Outcome.WRONG_PASSWORD, null);
        }
        DirContext service = null;
        try {
            service = connect(settings.bindDn(), settings.bindPassword());
            Optional<SearchResult> entry = findUser(service, username);
            if (entry.isEmpty()) {
                return new Answer(Outcome.UNKNOWN_USER, null);
            }
            String dn = entry.get().getNameInNamespace();
            try {
                connect(dn, new String(password)).close();
            } catch (AuthenticationException wrong) {
                return new Answer(Outcome.WRONG_PASSWORD, null);
            }
            Attributes attributes = entry.get().getAttributes();
            return new Answer(Outcome.SUCCESS, new DirectoryPerson(dn, text(attributes, settings.displayNameAttribute(), username),
                    text(attributes, settings.emailAttribute(), null), groups(service, dn)));
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Directory sign-in unavailable: " + e);
            return new Answer(Outcome.UNAVAILABLE, null);
        } finally {
            close(service);
        }
    }

    private Optional<SearchResult> findUser(DirContext service, String username) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setReturningAttributes(new String[] {settings.displayNameAttribute(), settings.emailAttribute()});
        List<SearchResult> found = new ArrayList<>();
        // {0} is passed as a filter argument, so JNDI escapes it (RFC 4515): "*" or ")(" in a name match nothing.
        NamingEnumeration<SearchResult> results = service.search(settings.userBase(), settings.userFilter(),
                new Object[] {username}, controls);
        try {
            while (results.hasMore()) {
                found.add(results.next());
            }
        } finally {
            results.close();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<String> groups(DirContext service, String dn) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {settings.groupNameAttribute()});
        List<String> names = new ArrayList<>();
        NamingEnumeration<SearchResult> results = service.search(settings.groupBase(), settings.groupFilter(),
                new Object[] {dn}, controls);
        try {
            while (results.hasMore()) {
                String name = text(results.next().getAttributes(), settings.groupNameAttribute(), null);
                if (name != null) {
                    names.add(name);
                }
            }
        } finally {
            results.close();
        }
        return names;
    }

    private DirContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.timeoutMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(settings.timeoutMillis()));
        environment.put(Context.REFERRAL, "ignore");
        if (principal == null || principal.isBlank()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        }
        return new InitialDirContext(environment);
    }

    private static String text(Attributes attributes, String name, String fallback) throws NamingException {
        Attribute attribute = attributes == null || name == null ? null : attributes.get(name);
        Object value = attribute == null ? null : attribute.get();
        return value == null ? fallback : value.toString();
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException ignored) {
                // closing a connection that is already gone
            }
        }
    }
}
