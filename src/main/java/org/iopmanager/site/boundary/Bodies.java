package org.iopmanager.site.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Unstorable;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.BodyType;

/**
 * The maintained list of accrediting and licensing bodies. Provider administrators add bodies (a state
 * agency with its state) and retire them; records keep pointing at retired ones.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Bodies {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    Versions versions;

    public List<AccreditingBody> all() {
        return em.createQuery("select b from AccreditingBody b order by b.active desc, b.type, b.name", AccreditingBody.class)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public AccreditingBody add(String code, String name, BodyType type, String state) {
        if (type == BodyType.STATE_AGENCY && (state == null || state.isBlank())) {
            throw RuleViolation.onField("state", "body.state.required");
        }
        AccreditingBody body = new AccreditingBody(code, name, type, state == null || state.isBlank() ? null : state);
        Unstorable.refuse(body); // before the code is looked up: a NUL in a query parameter is an error on PostgreSQL
        Long clash = em.createQuery("select count(b) from AccreditingBody b where b.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (clash > 0) {
            throw RuleViolation.onField("code", "body.code.taken");
        }
        em.persist(body);
        em.flush();
        return body;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public AccreditingBody setActive(Long id, long loadedVersion, boolean active) {
        AccreditingBody body = id == null ? null : em.find(AccreditingBody.class, id);
        if (body == null) {
            throw new NotFound("AccreditingBody", id);
        }
        versions.check(body, loadedVersion).setActive(active);
        return versions.flush(body);
    }
}
