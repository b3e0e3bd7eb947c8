package org.iopmanager.aftercare.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The grouped counts behind the follow-up rates, per site and month of discharge, for sites the caller has already
 * checked: one query over the follow-ups (one per discharged episode, by the indexed site and month columns) and one
 * over the sent referrals of the months' discharges.
 */
@Dependent
public class MonthlyFigures {

    /** Discharges, reached within 7 days, within 30, alumni meetings, referrals sent, first visits verified. */
    public static final int DISCHARGES = 0;
    public static final int WITHIN_7 = 1;
    public static final int WITHIN_30 = 2;
    public static final int ALUMNI = 3;
    public static final int REFERRED = 4;
    public static final int ATTENDED = 5;
    public static final int COLUMNS = 6;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    /** By site, then month: the months with no discharge and no referral are absent. */
    public Map<Long, Map<YearMonth, long[]>> of(Collection<Long> siteIds, YearMonth from, YearMonth to) {
        Map<Long, Map<YearMonth, long[]>> figures = new HashMap<>();
        if (siteIds.isEmpty()) {
            return figures;
        }
        followUps(figures, siteIds, from, to);
        referrals(figures, siteIds, from, to);
        return figures;
    }

    /** Only the referral columns ({@link #REFERRED}, {@link #ATTENDED}). */
    public Map<Long, Map<YearMonth, long[]>> referrals(Collection<Long> siteIds, YearMonth from, YearMonth to) {
        Map<Long, Map<YearMonth, long[]>> figures = new HashMap<>();
        if (!siteIds.isEmpty()) {
            referrals(figures, siteIds, from, to);
        }
        return figures;
    }

    private void followUps(Map<Long, Map<YearMonth, long[]>> figures, Collection<Long> siteIds, YearMonth from,
            YearMonth to) {
        TypedQuery<Object[]> followUps = em.createQuery("select f.siteId, f.dischargeMonth, count(f), "
                + "sum(case when f.reachedDays <= " + FollowUpRules.SEVEN_DAYS + " then 1 else 0 end), "
                + "sum(case when f.reachedDays <= " + FollowUpRules.THIRTY_DAYS + " then 1 else 0 end), "
                + "sum(case when f.alumniMeetings > 0 then 1 else 0 end) from FollowUp f "
                + "where f.dischargeMonth between :from and :to and f.siteId in :sites"
                + " group by f.siteId, f.dischargeMonth", Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1)).setParameter("sites", siteIds);
        for (Object[] row : followUps.getResultList()) {
            long[] n = cell(figures, (Long) row[0], YearMonth.from((LocalDate) row[1]));
            for (int i = 0; i < 4; i++) {
                n[DISCHARGES + i] = row[i + 2] == null ? 0 : ((Number) row[i + 2]).longValue();
            }
        }
    }

    /** Referrals sent for the months' discharges, grouped by discharge day (a day is an index range; months are summed here). */
    private void referrals(Map<Long, Map<YearMonth, long[]>> figures, Collection<Long> siteIds, YearMonth from,
            YearMonth to) {
        TypedQuery<Object[]> referrals = em.createQuery("select r.siteId, e.dischargeDate, count(r), "
                + "sum(case when r.firstVisitOn is not null then 1 else 0 end) from Referral r join r.episode e "
                + "where r.sentAt is not null and e.dischargeDate >= :from and e.dischargeDate <= :to and r.siteId in :sites"
                + " group by r.siteId, e.dischargeDate", Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atEndOfMonth()).setParameter("sites", siteIds);
        for (Object[] row : referrals.getResultList()) {
            long[] n = cell(figures, ((Number) row[0]).longValue(), YearMonth.from((LocalDate) row[1]));
            n[REFERRED] += ((Number) row[2]).longValue();
            n[ATTENDED] += row[3] == null ? 0 : ((Number) row[3]).longValue();
        }
    }

    private static long[] cell(Map<Long, Map<YearMonth, long[]>> figures, Long siteId, YearMonth month) {
        return figures.computeIfAbsent(siteId, id -> new HashMap<>()).computeIfAbsent(month, m -> new long[COLUMNS]);
    }
}
