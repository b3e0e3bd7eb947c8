package org.iopmanager.aftercare.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.Subscale;
import org.iopmanager.schedule.entity.AttendanceStatus;
import org.iopmanager.treatment.boundary.CareStandards;
import org.iopmanager.treatment.control.WeeklyHours;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * Reads, for a referral summary, the parts of an episode's record its allowed categories name, and nothing else
 * (minimum necessary): the current plan (the latest version that was signed: active, or closed at discharge), the
 * attendance in one grouped query, and the latest results of each measure. The caller checked the referral's scope,
 * role and consent. Aftercare reads the treatment and schedule records here only, for the disclosure.
 */
@Dependent
public class ReferralRecords {

    /** Results per instrument, and in all, that a summary carries: enough for a trend, not the whole chart. */
    public static final int MEASURES_PER_INSTRUMENT = 3;
    public static final int MEASURES_MAX = 12;
    private static final int MEASURES_READ = 200;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    CareStandards careStandards;

    public ReferralRecord of(Episode episode, Set<DisclosureCategory> allowed) {
        return new ReferralRecord(
                allowed.contains(DisclosureCategory.TREATMENT_PLAN_SUMMARY) ? plan(episode) : null,
                allowed.contains(DisclosureCategory.ATTENDANCE_SUMMARY) ? attendance(episode) : null,
                allowed.contains(DisclosureCategory.MEASURES) ? measures(episode) : List.of());
    }

    private ReferralRecord.PlanSummary plan(Episode episode) {
        TreatmentPlan plan = em.createQuery("select p from TreatmentPlan p where p.episode = :e and p.signedOn is not null "
                + "order by p.versionNumber desc", TreatmentPlan.class).setParameter("e", episode).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        if (plan == null) {
            return null;
        }
        List<ReferralRecord.Problem> problems = new ArrayList<>();
        for (PlanProblem problem : plan.getProblems()) {
            problems.add(new ReferralRecord.Problem(problem.getDimension(), problem.getStatement(),
                    problem.getGoals().stream().map(PlanGoal::getStatement).toList()));
        }
        int minimum = careStandards.standardOf(plan.owningSiteId()).weeklyMinimumMinutes(episode.getLevelOfCare(),
                episode.getTrack());
        return new ReferralRecord.PlanSummary(plan.getVersionNumber(), plan.getSignedOn(), plan.getReviewDue(),
                WeeklyHours.plannedMinutes(plan), minimum, problems);
    }

    private ReferralRecord.AttendanceSummary attendance(Episode episode) {
        long attended = 0;
        long absent = 0;
        long excused = 0;
        long minutes = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (Object[] row : em.createQuery("select a.status, count(a), sum(a.minutes), min(s.sessionDate), max(s.sessionDate) "
                + "from Attendance a join a.session s where a.episode = :e group by a.status", Object[].class)
                .setParameter("e", episode).getResultList()) {
            AttendanceStatus status = (AttendanceStatus) row[0];
            long count = ((Number) row[1]).longValue();
            if (status == AttendanceStatus.ABSENT) {
                absent += count;
            } else if (status == AttendanceStatus.EXCUSED) {
                excused += count;
            } else {
                attended += count;
                minutes += row[2] == null ? 0 : ((Number) row[2]).longValue();
                first = earlier(first, (LocalDate) row[3]);
                last = later(last, (LocalDate) row[4]);
            }
        }
        return new ReferralRecord.AttendanceSummary(attended, absent, excused, minutes, first, last);
    }

    private List<ReferralRecord.MeasureLine> measures(Episode episode) {
        Map<Long, Integer> perInstrument = new HashMap<>();
        List<ReferralRecord.MeasureLine> lines = new ArrayList<>();
        for (MeasureResult result : em.createQuery("select m from MeasureResult m join fetch m.instrument "
                + "where m.episode = :e order by m.administeredOn desc, m.id desc", MeasureResult.class)
                .setParameter("e", episode).setMaxResults(MEASURES_READ).getResultList()) {
            int taken = perInstrument.merge(result.getInstrument().getId(), 1, Integer::sum);
            if (taken <= MEASURES_PER_INSTRUMENT) {
                lines.add(new ReferralRecord.MeasureLine(result.getInstrument().getName(), result.getAdministeredOn(),
                        score(result), result.getSeverity()));
                if (lines.size() == MEASURES_MAX) {
                    break;
                }
            }
        }
        lines.sort(Comparator.comparing(ReferralRecord.MeasureLine::instrument)
                .thenComparing(ReferralRecord.MeasureLine::administeredOn, Comparator.reverseOrder()));
        return lines;
    }

    /** The total, or for an instrument without one (the BAM) its sub-scores by name. */
    private static String score(MeasureResult result) {
        if (result.getTotalScore() != null) {
            return String.valueOf(result.getTotalScore());
        }
        List<String> parts = new ArrayList<>();
        for (Subscale subscale : result.getInstrument().getSubscales()) {
            Integer score = result.subScore(subscale.getPosition());
            if (score != null) {
                parts.add(subscale.getName() + " " + score);
            }
        }
        return String.join(" · ", parts);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
