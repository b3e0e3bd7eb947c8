package org.iopmanager.treatment.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * What a surveyor would hold against a plan, checked before it is signed: a goal without the participant's own
 * words, an objective that cannot be measured or has no target date, a dimension the latest ASAM assessment rates
 * 2 or higher that no problem addresses, no discharge criteria, goal or objective text copied from another
 * participant's plan, a review overdue. The clinician may sign over findings only with a reason.
 */
public final class PlanQuality {

    /** Dimensions rated this or higher must be addressed by a problem. */
    public static final int ADDRESS_FROM = 2;

    private PlanQuality() {
    }

    /**
     * @param latestRatings the latest assessment's ratings (empty without an assessment)
     * @param copiedKeys    the text keys of this plan that another participant's plan also has
     */
    public static List<Finding> check(TreatmentPlan plan, Map<AsamDimension, Integer> latestRatings, Set<String> copiedKeys,
            LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        Set<AsamDimension> addressed = EnumSet.noneOf(AsamDimension.class);
        int p = 0;
        for (PlanProblem problem : plan.getProblems()) {
            String problemPath = PlanPath.child("", 'P', ++p);
            if (problem.getDimension() != null) {
                addressed.add(problem.getDimension());
            }
            int g = 0;
            for (PlanGoal goal : problem.getGoals()) {
                String goalPath = PlanPath.child(problemPath, 'G', ++g);
                if (blank(goal.getOwnWords())) {
                    findings.add(Finding.at("plan.quality.ownWords", goalPath));
                }
                if (copiedKeys.contains(TextKey.of(goal.getStatement()))) {
                    findings.add(Finding.at("plan.quality.copied", goalPath));
                }
                int o = 0;
                for (PlanObjective objective : goal.getObjectives()) {
                    String objectivePath = PlanPath.child(goalPath, 'O', ++o);
                    if (blank(objective.getMeasure())) {
                        findings.add(Finding.at("plan.quality.measure", objectivePath));
                    }
                    if (objective.getTargetDate() == null) {
                        findings.add(Finding.at("plan.quality.targetDate", objectivePath));
                    }
                    if (copiedKeys.contains(TextKey.of(objective.getText()))) {
                        findings.add(Finding.at("plan.quality.copied", objectivePath));
                    }
                }
            }
        }
        latestRatings.forEach((dimension, rating) -> {
            if (rating != null && rating >= ADDRESS_FROM && !addressed.contains(dimension)) {
                findings.add(Finding.at("plan.quality.dimension", "", String.valueOf(dimension.number()), String.valueOf(rating)));
            }
        });
        if (blank(plan.getDischargeCriteria())) {
            findings.add(Finding.at("plan.quality.dischargeCriteria", ""));
        }
        if (plan.getReviewDue() != null && plan.getReviewDue().isBefore(today)) {
            findings.add(Finding.at("plan.quality.reviewOverdue", "", plan.getReviewDue().toString()));
        }
        return findings;
    }

    /** The findings as kept on a version signed over them: keys and places, one per line. */
    public static String summary(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.key()).append(finding.path().isEmpty() ? "" : " " + finding.path())
                    .append(finding.arguments().isEmpty() ? "" : " " + String.join(" ", finding.arguments())).append('\n');
        }
        return text.length() > TreatmentPlan.TEXT_MAX ? text.substring(0, TreatmentPlan.TEXT_MAX) : text.toString().strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
