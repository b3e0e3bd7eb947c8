package org.iopmanager.testsupport;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/**
 * Test deployments only: lets a client-side test build its own data. Only a provider administrator may call
 * it (the demo administrator bootstraps the first fixture).
 */
@WebServlet("/test-support/fixture")
@ServletSecurity(@HttpConstraint(rolesAllowed = "ADMIN"))
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    PasswordHasher hasher;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String hash = hasher.hash(Fixture.PASSWORD.toCharArray());
        try {
            tx.begin();
            Site a = site("A" + suffix, "America/New_York");
            Site b = site("B" + suffix, "America/Los_Angeles");
            user("ad-" + suffix, Role.ADMIN, hash);
            user("sa-" + suffix, Role.SITE_ADMIN, hash, a);
            user("cl-" + suffix, Role.CLINICIAN, hash, a);
            user("cr-" + suffix, Role.CREDENTIALING, hash);
            user("au-" + suffix, Role.AUDITOR, hash);
            tx.commit();
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("suffix", suffix)
                    .add("siteA", a.getId()).add("siteB", b.getId()).build().toString());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private Site site(String code, String zone) {
        Site site = new Site(code.toUpperCase(), "Test site " + code, ZoneId.of(zone));
        em.persist(site);
        return site;
    }

    private void user(String username, Role role, String hash, Site... sites) {
        AppUser user = new AppUser(username, "Test " + username, role, Instant.now());
        user.changePasswordHash(hash, Instant.now());
        user.setSites(Set.of(sites));
        em.persist(user);
    }
}
