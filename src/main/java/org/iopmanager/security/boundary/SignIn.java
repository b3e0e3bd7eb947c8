package org.iopmanager.security.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
import org.iopmanager.security.control.LockoutPolicy;
import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;

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

    public Result verify(String username, char[] password) {
        String name = normalise(username);
        context.actAs(name.isEmpty() ? AuditContext.ANONYMOUS : name);
        Instant now = clock.instant();
        Optional<AppUser> found = find(name);
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.verifyDummy(password);
            audit.record(AuditAction.LOGIN_FAILED, "AppUser", null, null, "Sign-in failed: unknown or inactive user");
            return Result.failed(Result.Status.INVALID);
        }
        AppUser user = found.get();
        if (lockout.isLocked(user.getLockedUntil(), now)) {
            hasher.verifyDummy(password);
            audit.record(AuditAction.LOGIN_LOCKED, "AppUser", user.getId(), null,
                    "Sign-in refused: locked until " + user.getLockedUntil());
            return Result.failed(Result.Status.LOCKED);
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return failed(user, now);
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            user.upgradePasswordHash(hasher.hash(password));
        }
        user.recordLogin(now);
        audit.record(AuditAction.LOGIN, "AppUser", user.getId(), null, "Signed in");
        return new Result(Result.Status.SUCCESS, user.getUsername(), user.getRole());
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
