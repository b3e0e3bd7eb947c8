package org.iopmanager.aftercare.boundary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.aftercare.control.FollowUpRules;
import org.iopmanager.aftercare.control.ReferralMonth;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.control.SiteDirectory;

/**
 * Follow-up rates per site and month of discharge, for administrators and site administrators (auditors read): four
 * grouped counts over the follow-ups (one per discharged episode), by the indexed site and month columns, in one query,
 * so a year of a 200-site provider is one short query and never a row per participant. Only the caller's sites; one site of
 * another answers like a missing one. Referral completion (sent, and verified first visits) comes from the referrals'
 * own grouped count. The figures name nobody; the read is audited all the same.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class AftercareRates {

    /** The longest range one request may ask for. */
    static final int MAX_MONTHS = 36;

    /** Discharges, reached within 7, within 30, alumni; then the two referral figures. */
    private static final int FOLLOW_UP_FIGURES = 4;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    AuditLog auditLog;

    @Inject
    Referrals referrals;

    @Inject
    SiteDirectory siteDirectory;

    /**
     * Rows of the sites in scope (one site, or all the caller's when {@code siteIdOrNull} is null) with at least one
     * discharge in the month, by site name and month.
     */
    public List<AftercareRatesRow> rates(Long siteIdOrNull, YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw RuleViolation.onField(from == null ? "from" : "to", "aftercare.rates.month.invalid");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.onField("from", "aftercare.rates.range");
        }
        if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw RuleViolation.onField("to", "aftercare.rates.tooLong", MAX_MONTHS);
        }
        Scope scope = siteScope.current();
        if (siteIdOrNull != null) {
            siteScope.checkSite(siteIdOrNull);
        }
        String sites = siteIdOrNull != null ? " and f.siteId = :site" : scope.coversAllSites() ? "" : " and f.siteId in :sites";
        Map<String, long[]> figures = new HashMap<>();
        int columns = FOLLOW_UP_FIGURES + 2;
        // one pass over the months' follow-ups (it was four grouped queries, one per figure: benchmark, issue 7)
        TypedQuery<Object[]> query = em.createQuery("select f.siteId, f.dischargeMonth, count(f), "
                + "sum(case when f.reachedDays <= " + FollowUpRules.SEVEN_DAYS + " then 1 else 0 end), "
                + "sum(case when f.reachedDays <= " + FollowUpRules.THIRTY_DAYS + " then 1 else 0 end), "
                + "sum(case when f.alumniMeetings > 0 then 1 else 0 end) from FollowUp f "
                + "where f.dischargeMonth between :from and :to" + sites
                + " group by f.siteId, f.dischargeMonth", Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1));
        if (siteIdOrNull != null) {
            query.setParameter("site", siteIdOrNull);
        } else if (!scope.coversAllSites()) {
            query.setParameter("sites", scope.queryableSiteIds());
        }
        for (Object[] row : query.getResultList()) {
            long[] n = figures.computeIfAbsent(row[0] + "|" + row[1], key -> new long[columns]);
            for (int i = 0; i < FOLLOW_UP_FIGURES; i++) {
                n[i] = row[i + 2] == null ? 0 : ((Number) row[i + 2]).longValue();
            }
        }
        for (ReferralMonth month : referrals.monthlyCompletion(siteIdOrNull, from, to)) {
            long[] n = figures.computeIfAbsent(month.siteId() + "|" + month.month().atDay(1), key -> new long[columns]);
            n[FOLLOW_UP_FIGURES] = month.referred();
            n[FOLLOW_UP_FIGURES + 1] = month.verifiedAttended();
        }
        List<AftercareRatesRow> rows = rows(figures);
        auditLog.record(AuditAction.VIEW, "FollowUp", null, siteIdOrNull,
                "Viewed the follow-up rates " + from + " to " + to + " (" + rows.size() + " rows)");
        return rows;
    }

    /** The same rows for a file; the file leaves the system, so it is audited as an export too. */
    public List<AftercareRatesRow> export(Long siteIdOrNull, YearMonth from, YearMonth to, String format) {
        List<AftercareRatesRow> rows = rates(siteIdOrNull, from, to);
        auditLog.record(AuditAction.EXPORT, "FollowUp", null, siteIdOrNull,
                "Follow-up rates " + from + " to " + to + " exported as " + format + " (" + rows.size() + " rows)");
        return rows;
    }

    private List<AftercareRatesRow> rows(Map<String, long[]> figures) {
        if (figures.isEmpty()) {
            return List.of();
        }
        List<AftercareRatesRow> rows = new ArrayList<>();
        figures.forEach((key, n) -> {
            long siteId = Long.parseLong(key.substring(0, key.indexOf('|')));
            YearMonth month = YearMonth.from(LocalDate.parse(key.substring(key.indexOf('|') + 1)));
            // the names from the site directory: no statement (issue 7)
            SiteChoice site = siteDirectory.find(siteId);
            rows.add(new AftercareRatesRow(siteId, site == null ? String.valueOf(siteId) : site.getName(), month,
                    n[0], n[1], n[2], n[3], n[4], n[5]));
        });
        rows.sort(java.util.Comparator.comparing(AftercareRatesRow::siteName).thenComparing(AftercareRatesRow::siteId)
                .thenComparing(AftercareRatesRow::month));
        return rows;
    }
}
