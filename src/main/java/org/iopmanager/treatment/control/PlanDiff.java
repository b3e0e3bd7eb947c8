package org.iopmanager.treatment.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * What changed from one plan version to another: plan fields, and problems, goals, objectives and interventions
 * matched by their place in the plan ({@link PlanPath}), each added, removed or changed with before → after.
 * What an amendment did, in the words a reviewer reads.
 */
public final class PlanDiff {

    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One difference; {@code field} is null for a whole item added or removed. */
    public record Change(ChangeKind kind, String path, String field, String before, String after) implements Serializable {
    }

    private PlanDiff() {
    }

    public static List<Change> between(TreatmentPlan older, TreatmentPlan newer) {
        Map<String, Map<String, String>> before = flatten(older);
        Map<String, Map<String, String>> after = flatten(newer);
        List<Change> changes = new ArrayList<>();
        before.forEach((path, fields) -> {
            Map<String, String> now = after.get(path);
            if (now == null) {
                changes.add(new Change(ChangeKind.REMOVED, path, null, summary(fields), null));
                return;
            }
            fields.forEach((field, value) -> {
                if (!Objects.equals(value, now.get(field))) {
                    changes.add(new Change(ChangeKind.CHANGED, path, field, value, now.get(field)));
                }
            });
        });
        after.forEach((path, fields) -> {
            if (!before.containsKey(path)) {
                changes.add(new Change(ChangeKind.ADDED, path, null, null, summary(fields)));
            }
        });
        return changes;
    }

    private static Map<String, Map<String, String>> flatten(TreatmentPlan plan) {
        Map<String, Map<String, String>> items = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("strengths", plan.getStrengths());
        fields.put("preferences", plan.getPreferences());
        fields.put("dischargeCriteria", plan.getDischargeCriteria());
        fields.put("effectiveDate", text(plan.getEffectiveDate()));
        items.put("", fields);
        int p = 0;
        for (PlanProblem problem : plan.getProblems()) {
            String problemPath = PlanPath.child("", 'P', ++p);
            items.put(problemPath, fields("dimension", text(problem.getDimension()), "statement", problem.getStatement()));
            int g = 0;
            for (PlanGoal goal : problem.getGoals()) {
                String goalPath = PlanPath.child(problemPath, 'G', ++g);
                items.put(goalPath, fields("statement", goal.getStatement(), "ownWords", goal.getOwnWords()));
                int o = 0;
                for (PlanObjective objective : goal.getObjectives()) {
                    String objectivePath = PlanPath.child(goalPath, 'O', ++o);
                    items.put(objectivePath, fields("text", objective.getText(), "measure", objective.getMeasure(),
                            "targetDate", text(objective.getTargetDate()), "status", text(objective.getStatus())));
                    int i = 0;
                    for (PlanIntervention intervention : objective.getInterventions()) {
                        items.put(PlanPath.child(objectivePath, 'I', ++i), fields("modality", text(intervention.getModality()),
                                "sessionsPerWeek", text(intervention.getSessionsPerWeek()),
                                "minutesPerSession", text(intervention.getMinutesPerSession()),
                                "responsibleStaff", intervention.getResponsibleStaff() == null ? null
                                        : intervention.getResponsibleStaff().getFullName()));
                    }
                }
            }
        }
        return items;
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String summary(Map<String, String> fields) {
        return String.join(" · ", fields.values().stream().filter(Objects::nonNull).toList());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
