package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/**
 * Demo mode ({@code iop.demo=true}, set by the README's run command, never by default): one provider with
 * three sites in different time zones and one user per role, loaded once into an empty database. Each
 * feature adds its own realistic records here.
 */
@Stateless
@PermitAll
public class DemoData {

    public static final String PASSWORD = "demo-Passw0rd-2026";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Logger log;

    public void loadIfEmpty() {
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            log.info("Demo mode: data already present, nothing loaded");
            return;
        }
        Site north = site("BOS-N", "Harbor North (Boston)", "America/New_York");
        Site loop = site("CHI-L", "Harbor Loop (Chicago)", "America/Chicago");
        Site front = site("DEN-F", "Harbor Front Range (Denver)", "America/Denver");
        String hash = hasher.hash(PASSWORD.toCharArray());
        user("admin", "Alex Morgan", Role.ADMIN, hash, north, loop, front);
        user("siteadmin", "Sam Rivera", Role.SITE_ADMIN, hash, north);
        user("credentialing", "Casey Brooks", Role.CREDENTIALING, hash);
        user("clinician", "Jordan Lee, LCSW", Role.CLINICIAN, hash, north);
        user("clinician.chicago", "Priya Patel, LPC", Role.CLINICIAN, hash, loop);
        user("auditor", "Morgan Ellis", Role.AUDITOR, hash);
        em.flush();
        log.info("Demo mode: 3 sites and 6 demo users loaded");
    }

    private Site site(String code, String name, String zone) {
        Site site = new Site(code, name, ZoneId.of(zone));
        em.persist(site);
        return site;
    }

    private void user(String username, String name, Role role, String hash, Site... sites) {
        AppUser user = new AppUser(username, name, role, clock.instant());
        user.setEmail(username + "@harbor-recovery.example");
        user.changePasswordHash(hash, clock.instant());
        user.setSites(Set.copyOf(Arrays.asList(sites)));
        em.persist(user);
    }

    public static List<String> usernames() {
        return List.of("admin", "siteadmin", "credentialing", "clinician", "clinician.chicago", "auditor");
    }
}
