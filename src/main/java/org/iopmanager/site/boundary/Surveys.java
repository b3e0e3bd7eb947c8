package org.iopmanager.site.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SurveyRules;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.Site;
import org.iopmanager.site.entity.Survey;

/**
 * Surveys of a site and their findings. Same roles as {@link Accreditations}: administrators of the site
 * keep them, auditors read them; every load by id goes through the site scope, so another site's survey
 * or finding answers exactly like a missing one.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Surveys {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    /** A site's surveys, newest first. */
    public List<Survey> forSite(Long siteId) {
        siteScope.checkSite(siteId);
        return em.createQuery("select s from Survey s join fetch s.body left join fetch s.record where s.site.id = :site "
                        + "order by s.surveyDate desc, s.id desc", Survey.class)
                .setParameter("site", siteId).getResultList();
    }

    public Survey find(Long id) {
        Survey survey = siteScope.check(id == null ? null : em.find(Survey.class, id), id);
        survey.getBody().getName();
        return survey;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Survey create(Long siteId, Survey draft) {
        Site site = siteScope.check(siteId == null ? null : em.find(Site.class, siteId), siteId);
        Survey survey = new Survey(site);
        copy(draft, survey);
        requireValid(survey);
        em.persist(survey);
        em.flush();
        return survey;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Survey update(Long id, long loadedVersion, Survey edited) {
        Survey survey = versions.check(find(id), loadedVersion);
        copy(edited, survey);
        requireValid(survey);
        return versions.flush(survey);
    }

    /** A survey's findings, in the order they were recorded, with their plans of correction. */
    public List<Finding> findings(Long surveyId) {
        Survey survey = find(surveyId);
        return em.createQuery("select f from Finding f left join fetch f.correction where f.survey = :survey order by f.id",
                Finding.class).setParameter("survey", survey).getResultList();
    }

    public Finding findFinding(Long id) {
        Finding finding = siteScope.check(id == null ? null : em.find(Finding.class, id), id);
        finding.getSurvey().getBody().getName();
        return finding;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Finding addFinding(Long surveyId, Finding draft) {
        Finding finding = new Finding(find(surveyId));
        copy(draft, finding);
        RuleViolations.throwIfAny(SurveyRules.check(finding));
        em.persist(finding);
        em.flush();
        return finding;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Finding updateFinding(Long id, long loadedVersion, Finding edited) {
        Finding finding = versions.check(findFinding(id), loadedVersion);
        copy(edited, finding);
        RuleViolations.throwIfAny(SurveyRules.check(finding));
        return versions.flush(finding);
    }

    private void requireValid(Survey survey) {
        LocalDate today = LocalDate.now(clock.withZone(survey.getSite().zone()));
        List<RuleViolation> broken = new ArrayList<>(SurveyRules.check(survey, today));
        RuleViolations.throwIfAny(broken);
    }

    private void copy(Survey from, Survey to) {
        to.setBody(from.getBody() == null ? null : body(from.getBody().getId()));
        to.setRecord(from.getRecord() == null ? null : recordOfSite(from.getRecord().getId(), to.getSite()));
        to.setSurveyDate(from.getSurveyDate());
        to.setType(from.getType());
        to.setSurveyors(from.getSurveyors());
        to.setOutcome(from.getOutcome());
        to.setReportDate(from.getReportDate());
    }

    private static void copy(Finding from, Finding to) {
        to.setStandardRef(from.getStandardRef());
        to.setText(from.getText());
        to.setLevel(from.getLevel());
    }

    private AccreditingBody body(Long id) {
        AccreditingBody body = id == null ? null : em.find(AccreditingBody.class, id);
        if (body == null) {
            throw RuleViolation.onField("body", "survey.body.required");
        }
        return body;
    }

    /** The surveyed record must be one of the survey's own site: another site's id is refused like a wrong one. */
    private AccreditationRecord recordOfSite(Long id, Site site) {
        AccreditationRecord record = id == null ? null : em.find(AccreditationRecord.class, id);
        if (record == null || !record.getSite().getId().equals(site.getId())) {
            throw RuleViolation.onField("record", "survey.record.unknown");
        }
        return record;
    }
}
