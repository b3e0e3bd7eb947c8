package org.iopmanager.staff.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.document.control.UploadLimits;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.ExclusionScreening;
import org.iopmanager.staff.control.LeieImport;
import org.iopmanager.staff.control.ScreeningSummary;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.MatchStatus;
import org.iopmanager.staff.entity.ScreeningMatch;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Exclusion screening against the OIG LEIE: importing list versions, screening every active staff member,
 * and the review of possible matches. Credentialing staff and administrators work it; auditors read it.
 * Only a confirmed match excludes a staff member, and every decision carries its reason into the audit trail.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.AUDITOR_NAME})
public class Exclusions {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    UploadLimits limits;

    @Inject
    ExclusionScreening screening;

    @Inject
    AuditContext audit;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    @Inject
    StaffScope staffScope;

    /** The list version screening uses now, or null before the first import. */
    public ExclusionList current() {
        return screening.current();
    }

    /**
     * Imports an LEIE CSV file as the new current list version; the previous version is kept. Lines that
     * cannot be read are skipped and reported. Refused on the field "file" when the file is empty, too large,
     * not in the LEIE layout, has no readable row, or is the current version again.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public LeieImport importLeie(String fileName, InputStream content) {
        return screening.importList(fileName, read(content), caller());
    }

    /**
     * Screens every active staff member against the current list version: one screening row each, an open
     * match for every list row found that was not seen before, and today as their last screening date.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public ScreeningSummary screenAll() {
        return screening.screenAll(caller());
    }

    /** Confirms a possible match: the staff member is excluded from now on. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public ScreeningMatch confirm(Long matchId, long loadedVersion, String reason) {
        ScreeningMatch match = review(matchId, loadedVersion, reason, MatchStatus.CONFIRMED);
        match.getStaff().setExcluded(true);
        return versions.flush(match);
    }

    /** Dismisses a possible match as a false positive; later runs against the same list row do not raise it again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public ScreeningMatch dismiss(Long matchId, long loadedVersion, String reason) {
        return versions.flush(review(matchId, loadedVersion, reason, MatchStatus.DISMISSED));
    }

    public long countMatches(MatchStatus status) {
        return em.createQuery("select count(m) from ScreeningMatch m where m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** A page of the review queue: open matches oldest first, decided ones latest decision first. */
    public List<MatchRow> matches(MatchStatus status, int first, int pageSize) {
        String order = status == MatchStatus.OPEN ? "m.foundAt, m.id" : "m.reviewedAt desc, m.id desc";
        return em.createQuery("select new org.iopmanager.staff.boundary.MatchRow(m.id, m.version, s.id, s.firstName, "
                        + "s.middleName, s.lastName, s.dateOfBirth, s.npi, m.basis, e.lastName, e.firstName, e.middleName, "
                        + "e.businessName, e.dob, e.npi, e.exclusionType, e.exclusionDate, m.status, m.foundAt, m.reviewedBy, "
                        + "m.reviewedAt, m.reason) from ScreeningMatch m join m.staff s join m.entry e "
                        + "where m.status = :status order by " + order, MatchRow.class)
                .setParameter("status", status).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /**
     * Every screening of one staff member, newest first, each with the list version it used; also for the
     * administrators of the sites where they work (the staff page shows it).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.AUDITOR_NAME, Role.SITE_ADMIN_NAME})
    public List<ScreeningRow> screeningsFor(Long staffId) {
        staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId), staffId);
        return em.createQuery("select new org.iopmanager.staff.boundary.ScreeningRow(c.id, c.screenedOn, c.result, l.id, "
                        + "l.fileName, l.importedAt) from Screening c join c.list l where c.staff.id = :staff "
                        + "order by c.screenedOn desc, c.id desc", ScreeningRow.class)
                .setParameter("staff", staffId).getResultList();
    }

    private ScreeningMatch review(Long matchId, long loadedVersion, String reason, MatchStatus decision) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.onField("reason", "exclusion.reason.required");
        }
        if (why.length() > ScreeningMatch.REASON_MAX) {
            throw RuleViolation.onField("reason", "exclusion.reason.size", ScreeningMatch.REASON_MAX);
        }
        ScreeningMatch match = versions.current(ScreeningMatch.class, matchId, loadedVersion);
        if (!match.isOpen()) {
            throw new RuleViolation("exclusion.match.reviewed");
        }
        audit.because(why);
        match.review(decision, caller(), clock.instant(), why);
        return match;
    }

    private byte[] read(InputStream content) {
        if (content == null) {
            throw RuleViolation.onField("file", "document.file.empty");
        }
        try {
            byte[] bytes = limits.read(content);
            if (bytes.length == 0) {
                throw RuleViolation.onField("file", "document.file.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
