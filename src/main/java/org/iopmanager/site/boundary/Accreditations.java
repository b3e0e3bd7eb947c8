package org.iopmanager.site.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.AccreditationRules;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;

/**
 * Accreditation, licensure and certification records of sites. Administrators of a site (and provider
 * administrators) keep them; auditors read them. Every rule is checked here, so the pages and the API
 * cannot disagree: dates in order, a record in force has a decision and an expiry, and one current record
 * per site, body and programme (a renewal supersedes the old record, which stays as history).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Accreditations {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    public List<AccreditingBody> bodies() {
        return em.createQuery("select b from AccreditingBody b where b.active = true order by b.type, b.name",
                AccreditingBody.class).getResultList();
    }

    /** Every record of a site, current ones first, then history, newest first. */
    public List<AccreditationRecord> forSite(Long siteId) {
        siteScope.checkSite(siteId);
        return em.createQuery("select r from AccreditationRecord r join fetch r.body where r.site.id = :site "
                        + "order by case when r.supersededBy is null then 0 else 1 end, r.createdAt desc, r.id desc",
                        AccreditationRecord.class)
                .setParameter("site", siteId).getResultList();
    }

    public AccreditationRecord find(Long id) {
        AccreditationRecord record = id == null ? null : em.find(AccreditationRecord.class, id);
        siteScope.check(record, id);
        record.getBody().getName();
        return record;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public AccreditationRecord create(Long siteId, AccreditationRecord draft) {
        Site site = siteScope.check(siteId == null ? null : em.find(Site.class, siteId), siteId);
        AccreditationRecord record = new AccreditationRecord(site, clock.instant());
        copy(draft, record);
        requireValid(record, null);
        em.persist(record);
        em.flush();
        return record;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public AccreditationRecord update(Long id, long loadedVersion, AccreditationRecord edited) {
        AccreditationRecord record = versions.check(find(id), loadedVersion);
        copy(edited, record);
        requireValid(record, record.getId());
        return versions.flush(record);
    }

    /** A renewal: a new record that becomes the current one; the old one is kept, superseded. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public AccreditationRecord renew(Long id, long loadedVersion, AccreditationRecord renewal) {
        AccreditationRecord old = versions.check(find(id), loadedVersion);
        if (!old.isCurrent()) {
            throw new RuleViolation("record.renew.notCurrent");
        }
        AccreditationRecord record = new AccreditationRecord(old.getSite(), clock.instant());
        copy(renewal, record);
        requireValid(record, old.getId());
        em.persist(record);
        old.supersedeBy(record);
        em.flush();
        return record;
    }

    /**
     * Records in force whose expiry date has come in their site's time zone turn expired, as the system, audited
     * like any change. Answers how many changed. Pages already show them expired before this runs.
     */
    @PermitAll
    public int expireDue() {
        int changed = 0;
        List<AccreditationRecord> inForce = em.createQuery("select r from AccreditationRecord r join fetch r.site "
                        + "where r.status in :inForce and r.expiryDate is not null", AccreditationRecord.class)
                .setParameter("inForce", RecordStatus.IN_FORCE).getResultList();
        for (AccreditationRecord record : inForce) {
            LocalDate today = LocalDate.now(clock.withZone(record.getSite().zone()));
            if (record.statusOn(today) == RecordStatus.EXPIRED) {
                record.setStatus(RecordStatus.EXPIRED);
                changed++;
            }
        }
        return changed;
    }

    private void requireValid(AccreditationRecord record, Long replacing) {
        List<RuleViolation> broken = new ArrayList<>(AccreditationRules.check(record));
        if (record.getBody() != null && !record.getProgrammes().isEmpty() && !RecordStatus.ENDED.contains(record.getStatus())
                && clashesWithCurrent(record, replacing)) {
            broken.add(RuleViolation.onField("programmes", "record.current.exists", record.getBody().getName()));
        }
        RuleViolations.throwIfAny(broken);
    }

    private boolean clashesWithCurrent(AccreditationRecord record, Long replacing) {
        return em.createQuery("select r from AccreditationRecord r where r.site = :site and r.body = :body "
                        + "and r.supersededBy is null and r.status not in :ended", AccreditationRecord.class)
                .setParameter("site", record.getSite()).setParameter("body", record.getBody())
                .setParameter("ended", RecordStatus.ENDED).getResultList().stream()
                .filter(other -> !other.getId().equals(record.getId()) && !other.getId().equals(replacing))
                .anyMatch(other -> other.coversAny(record.getProgrammes()));
    }

    private void copy(AccreditationRecord from, AccreditationRecord to) {
        if (from.getBody() == null || from.getBody().getId() == null) {
            to.setBody(null);
        } else {
            AccreditingBody body = em.find(AccreditingBody.class, from.getBody().getId());
            if (body == null) {
                throw new NotFound("AccreditingBody", from.getBody().getId());
            }
            to.setBody(body);
        }
        to.setKind(from.getKind());
        to.setNumber(from.getNumber());
        to.setStatus(from.getStatus());
        to.setDecisionDate(from.getDecisionDate());
        to.setEffectiveDate(from.getEffectiveDate());
        to.setExpiryDate(from.getExpiryDate());
        to.setAwardLength(from.getAwardLength());
        to.setLastSurveyDate(from.getLastSurveyDate());
        to.setNextSurveyFrom(from.getNextSurveyFrom());
        to.setNextSurveyTo(from.getNextSurveyTo());
        to.setNotes(from.getNotes());
        to.setProgrammes(from.getProgrammes());
    }
}
