package org.iopmanager.security.control;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;

/**
 * A new production database has no users, and only an administrator can create them: at start-up, when no
 * active provider administrator exists and {@code IOP_BOOTSTRAP_ADMIN_PASSWORD} is set, one is created with
 * that password (which must pass the password policy). It does nothing once an administrator exists.
 */
@Stateless
@PermitAll
public class FirstAdministrator {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    Clock clock;

    @Inject
    Logger log;

    public void createIfNone(String username, String password) {
        long admins = em.createQuery("select count(u) from AppUser u where u.role = :role and u.active = true", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        List<String> broken = policy.check(username, password);
        if (!broken.isEmpty()) {
            log.severe(() -> "IOP_BOOTSTRAP_ADMIN_PASSWORD breaks the password policy (" + broken + "): no administrator created");
            return;
        }
        AppUser admin = new AppUser(username, "Administrator", Role.ADMIN, clock.instant());
        admin.changePasswordHash(hasher.hash(password.toCharArray()), clock.instant());
        em.persist(admin);
        log.info(() -> "First administrator '" + username + "' created; change its password after the first sign-in");
    }
}
