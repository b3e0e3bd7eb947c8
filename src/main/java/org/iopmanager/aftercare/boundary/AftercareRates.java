package org.iopmanager.aftercare.boundary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.iopmanager.aftercare.control.MonthlyFigures;
import org.iopmanager.aftercare.control.RatesCache;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.control.SiteDirectory;

/**
 * Follow-up rates per site and month of discharge, for administrators and site administrators (auditors read): grouped
 * counts over the follow-ups (one per discharged episode) and the sent referrals ({@link MonthlyFigures}), never a row
 * per participant, kept per site by {@link RatesCache} so that a view reads again only the sites written since. Only the
 * caller's sites; one site of another answers like a missing one. The figures name nobody; the read is audited all the
 * same.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class AftercareRates {

    /** The longest range one request may ask for. */
    static final int MAX_MONTHS = 36;

    @Inject
    SiteScope siteScope;

    @Inject
    AuditLog auditLog;

    @Inject
    RatesCache ratesCache;

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
        Collection<Long> siteIds = siteIdOrNull != null ? List.of(siteIdOrNull)
                : scope.coversAllSites() ? siteDirectory.all().stream().map(SiteChoice::getId).toList()
                : scope.siteIds();
        // per site from the rates cache: only the sites written since the last view are read again (issue 7)
        Map<Long, Map<YearMonth, long[]>> figures = ratesCache.figures(siteIds, from, to);
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

    private List<AftercareRatesRow> rows(Map<Long, Map<YearMonth, long[]>> figures) {
        List<AftercareRatesRow> rows = new ArrayList<>();
        figures.forEach((siteId, months) -> {
            // the names from the site directory: no statement (issue 7)
            SiteChoice site = siteDirectory.find(siteId);
            String name = site == null ? String.valueOf(siteId) : site.getName();
            months.forEach((month, n) -> rows.add(new AftercareRatesRow(siteId, name, month, n[MonthlyFigures.DISCHARGES],
                    n[MonthlyFigures.WITHIN_7], n[MonthlyFigures.WITHIN_30], n[MonthlyFigures.ALUMNI],
                    n[MonthlyFigures.REFERRED], n[MonthlyFigures.ATTENDED])));
        });
        rows.sort(java.util.Comparator.comparing(AftercareRatesRow::siteName).thenComparing(AftercareRatesRow::siteId)
                .thenComparing(AftercareRatesRow::month));
        return rows;
    }
}
