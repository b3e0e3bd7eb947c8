package org.iopmanager.security.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.security.control.Directory;
import org.iopmanager.security.control.DirectoryMapping;
import org.iopmanager.security.control.DirectoryPerson;
import org.iopmanager.security.control.DirectorySettings;
import org.iopmanager.security.control.LockoutPolicy;
import org.iopmanager.security.control.OidcPerson;
import org.iopmanager.security.control.OidcSettings;
import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/**
 * Checks a user name and password for the identity store, counts failures, locks and audits. Runs in a
 * transaction of its own so a failure is counted and audited even though sign-in itself fails. Every path
 * costs one PBKDF2 verification, whether the user exists, is locked, or typed a wrong password.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIn {

    /** The outcome; role only on success. */
    public record Result(Status status, String username, Role role) {

        public enum Status { SUCCESS, INVALID, LOCKED }

        static Result failed(Status status) {
            return new Result(status, null, null);
        }
    }

    private static final int ATTEMPTED_NAME_MAX = 60;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    AuditLog audit;

    @Inject
    AuditContext context;

    @Inject
    Clock clock;

    @Inject
    DirectorySettings directorySettings;

    @Inject
    OidcSettings oidcSettings;

    public Result verify(String username, char[] password) {
        String name = normalise(username);
        context.actAs(name.isEmpty() ? AuditContext.ANONYMOUS : name);
        Instant now = clock.instant();
        Optional<AppUser> found = find(name);
        boolean viaDirectory = directorySettings.enabled() && (found.isEmpty() || found.get().isDirectory());
        if (found.isPresent() && !found.get().isActive() || found.isEmpty() && !viaDirectory) {
            hasher.verifyDummy(password);
            audit.record(AuditAction.LOGIN_FAILED, "AppUser", null, null, "Sign-in failed: unknown or inactive user");
            return Result.failed(Result.Status.INVALID);
        }
        AppUser user = found.orElse(null);
        if (user != null && lockout.isLocked(user.getLockedUntil(), now)) {
            hasher.verifyDummy(password);
            audit.record(AuditAction.LOGIN_LOCKED, "AppUser", user.getId(), null,
                    "Sign-in refused: locked until " + user.getLockedUntil());
            return Result.failed(Result.Status.LOCKED);
        }
        if (viaDirectory) {
            return verifyInDirectory(name, password, user, now);
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return failed(user, now);
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            user.upgradePasswordHash(hasher.hash(password));
        }
        return signedIn(user, now, "Signed in");
    }

    /**
     * The directory checks the password and names the groups; they decide the role and sites here, on every
     * sign-in, so a change in the directory takes effect at the next one. The first sign-in creates the profile.
     */
    private Result verifyInDirectory(String name, char[] password, AppUser user, Instant now) {
        Directory.Answer answer = directorySettings.directory().authenticate(name, password);
        switch (answer.outcome()) {
            case SUCCESS:
                break;
            case WRONG_PASSWORD:
                if (user != null) {
                    return failed(user, now);
                }
                audit.record(AuditAction.LOGIN_FAILED, "AppUser", null, null, "Sign-in failed: wrong directory password");
                return Result.failed(Result.Status.INVALID);
            case UNAVAILABLE:
                audit.record(AuditAction.LOGIN_FAILED, "AppUser", user == null ? null : user.getId(), null,
                        "Sign-in failed: the directory did not answer");
                return Result.failed(Result.Status.INVALID);
            default:
                audit.record(AuditAction.LOGIN_FAILED, "AppUser", user == null ? null : user.getId(), null,
                        "Sign-in failed: unknown user");
                return Result.failed(Result.Status.INVALID);
        }
        DirectoryPerson person = answer.person();
        return admit(user, name, person.displayName(), person.email(), person.groups(), directorySettings.mapping(), now,
                "Signed in through the directory as " + person.dn() + " (groups " + person.groups() + ")",
                "Sign-in refused: no IOP Manager role or site among the directory groups " + person.groups());
    }

    /**
     * Someone the hospital's OpenID provider vouched for (a validated ID token): mapped, kept and audited like a
     * directory user. A local user of the same name is never taken over by the provider, and an inactive one stays out.
     */
    public Result viaOpenIdConnect(OidcPerson person) {
        String name = normalise(usernameOf(person));
        context.actAs(name.isEmpty() ? AuditContext.ANONYMOUS : name);
        Instant now = clock.instant();
        String who = "subject " + person.subject() + " of " + person.issuer();
        if (!name.matches("[a-z0-9._-]{3," + AppUser.USERNAME_MAX + "}")) {
            audit.record(AuditAction.LOGIN_FAILED, "AppUser", null, null,
                    "OpenID Connect sign-in refused: " + who + " has no usable user name (preferred_username)");
            return Result.failed(Result.Status.INVALID);
        }
        Optional<AppUser> found = find(name);
        if (found.isPresent() && (!found.get().isActive() || !found.get().isDirectory())) {
            audit.record(AuditAction.LOGIN_FAILED, "AppUser", found.get().getId(), null, "OpenID Connect sign-in refused: "
                    + (found.get().isActive() ? "a local user of this name exists" : "inactive user") + " (" + who + ")");
            return Result.failed(Result.Status.INVALID);
        }
        return admit(found.orElse(null), name, person.displayName(), person.email(), person.groups(), oidcSettings.mapping(), now,
                "Signed in with OpenID Connect as " + who + " (groups " + person.groups() + ")",
                "OpenID Connect sign-in refused: no IOP Manager role or site among the groups " + person.groups() + " of " + who);
    }

    /** A refused OpenID Connect sign-in before anyone is known (wrong state, bad token): the reason, never a token. */
    public void refusedByOpenIdConnect(String reason) {
        context.actAs(AuditContext.ANONYMOUS);
        audit.record(AuditAction.LOGIN_FAILED, "AppUser", null, null, "OpenID Connect sign-in refused: " + reason);
    }

    /**
     * An outside authority (directory, OpenID provider) vouched for the person; their groups decide the role and sites
     * here, on every sign-in, so a change there takes effect at the next one. The first sign-in creates the profile.
     */
    private Result admit(AppUser user, String name, String displayName, String email, List<String> groups, DirectoryMapping mapping,
            Instant now, String signedInSummary, String refusedSummary) {
        Optional<DirectoryMapping.Mapped> mapped = mapping.map(groups);
        Set<Site> sites = mapped.map(m -> sitesByCode(m.siteCodes())).orElse(Set.of());
        if (mapped.isEmpty() || !mapped.get().role().isProviderWide() && sites.isEmpty()) {
            audit.record(AuditAction.LOGIN_FAILED, "AppUser", user == null ? null : user.getId(), null, refusedSummary);
            return Result.failed(Result.Status.INVALID);
        }
        boolean created = user == null;
        if (created) {
            user = new AppUser(name, null, mapped.get().role(), now);
        }
        user.keepFromDirectory(displayName(displayName, name), email(email), mapped.get().role(), new LinkedHashSet<>(sites));
        if (created) {
            em.persist(user);
            em.flush();
        }
        return signedIn(user, now, signedInSummary);
    }

    private Result signedIn(AppUser user, Instant now, String summary) {
        user.recordLogin(now);
        audit.record(AuditAction.LOGIN, "AppUser", user.getId(), null, summary);
        return new Result(Result.Status.SUCCESS, user.getUsername(), user.getRole());
    }

    private Set<Site> sitesByCode(Set<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery("select s from Site s where s.code in :codes and s.active = true", Site.class)
                .setParameter("codes", codes).getResultList());
    }

    private static String displayName(String given, String fallback) {
        String name = given == null || given.isBlank() ? fallback : given.strip();
        return name.length() > AppUser.DISPLAY_NAME_MAX ? name.substring(0, AppUser.DISPLAY_NAME_MAX) : name;
    }

    /** An address the profile can keep (Bean Validation would refuse another one and fail the whole sign-in). */
    private static String email(String given) {
        String email = given == null ? "" : given.strip();
        return email.length() <= AppUser.EMAIL_MAX && email.matches("[^@\\s]+@[^@\\s]+") ? email : null;
    }

    /** The provider's sign-in name; for a {@code name@domain} form (Entra ID) the part before the domain. */
    private static String usernameOf(OidcPerson person) {
        String given = person.username() == null ? "" : person.username().strip();
        int at = given.indexOf('@');
        return at > 0 ? given.substring(0, at) : given;
    }

    /** Whether the account is locked now; the sign-in page uses it to say so. */
    public boolean isLocked(String username) {
        return find(normalise(username)).map(u -> lockout.isLocked(u.getLockedUntil(), clock.instant())).orElse(false);
    }

    public void signedOut(String username) {
        context.actAs(username);
        audit.record(AuditAction.LOGOUT, "AppUser", null, null, "Signed out");
    }

    private Result failed(AppUser user, Instant now) {
        LockoutPolicy.Failure failure = lockout.afterFailure(user.getFailedLogins(), user.getLockedUntil(), now);
        user.recordFailure(failure.failures(), failure.lockedUntil());
        audit.record(AuditAction.LOGIN_FAILED, "AppUser", user.getId(), null,
                "Sign-in failed: wrong password (" + failure.failures() + " in a row)");
        if (failure.lockedNow()) {
            audit.record(AuditAction.LOCKOUT, "AppUser", user.getId(), null,
                    "Locked after " + failure.failures() + " failed sign-ins, until " + failure.lockedUntil());
            return Result.failed(Result.Status.LOCKED);
        }
        return Result.failed(Result.Status.INVALID);
    }

    private Optional<AppUser> find(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return name.length() > ATTEMPTED_NAME_MAX ? name.substring(0, ATTEMPTED_NAME_MAX) : name;
    }
}
