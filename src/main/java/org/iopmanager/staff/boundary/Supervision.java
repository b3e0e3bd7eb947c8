package org.iopmanager.staff.boundary;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.SupervisedHours;

/**
 * Supervised practice of associate licensees (LMSW, LPC-A, AMFT…), logged toward full licensure. Hours are
 * logged only for days on which a supervisor is on record, and credited to that supervisor. The office keeps
 * the log; whoever may read the staff member reads it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Supervision {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    StaffScope staffScope;

    @Inject
    AuditContext auditContext;

    @Inject
    StaffMembers staffMembers;

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public SupervisedHours log(Long staffId, SupervisedHours draft) {
        auditContext.because("Supervised hours logged");
        StaffMember staff = staffMembers.find(staffId);
        if (draft.getWorkedOn() != null && !staff.supervisedOn(draft.getWorkedOn())) {
            throw RuleViolation.onField("workedOn", "hours.workedOn.unsupervised");
        }
        SupervisedHours hours = new SupervisedHours(staff, staff.getSupervisor(), staffScope.current().username());
        hours.setWorkedOn(draft.getWorkedOn());
        hours.setHours(draft.getHours());
        hours.setNote(draft.getNote() == null || draft.getNote().isBlank() ? null : draft.getNote().strip());
        em.persist(hours);
        em.flush();
        return hours;
    }

    /** The log, newest first, with supervisors. */
    public List<SupervisedHours> logOf(Long staffId) {
        StaffMember staff = staffMembers.find(staffId);
        return em.createQuery("select h from SupervisedHours h join fetch h.supervisor where h.staff = :staff "
                + "order by h.workedOn desc, h.id desc", SupervisedHours.class).setParameter("staff", staff).getResultList();
    }

    public BigDecimal total(Long staffId) {
        StaffMember staff = staffMembers.find(staffId);
        BigDecimal total = em.createQuery("select sum(h.hours) from SupervisedHours h where h.staff = :staff", BigDecimal.class)
                .setParameter("staff", staff).getSingleResult();
        return total == null ? BigDecimal.ZERO : total;
    }
}
