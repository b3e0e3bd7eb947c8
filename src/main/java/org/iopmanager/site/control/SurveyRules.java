package org.iopmanager.site.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.Survey;

/**
 * The rules of surveys, findings and plans of correction, each with its own message next to its field.
 * Presence and length are Bean Validation's; these are the rules that compare values or follow a status.
 */
public final class SurveyRules {

    private SurveyRules() {
    }

    /** @param today the site's date */
    public static List<RuleViolation> check(Survey survey, LocalDate today) {
        List<RuleViolation> broken = new ArrayList<>();
        if (survey.getBody() == null) {
            broken.add(RuleViolation.onField("body", "survey.body.required"));
        }
        if (survey.getType() == null) {
            broken.add(RuleViolation.onField("type", "survey.type.required"));
        }
        if (survey.getSurveyDate() == null) {
            broken.add(RuleViolation.onField("surveyDate", "survey.surveyDate.required"));
        } else if (survey.getSurveyDate().isAfter(today)) {
            broken.add(RuleViolation.onField("surveyDate", "survey.surveyDate.future"));
        }
        if (survey.getSurveyDate() != null && survey.getReportDate() != null
                && survey.getReportDate().isBefore(survey.getSurveyDate())) {
            broken.add(RuleViolation.onField("reportDate", "survey.reportDate.beforeSurvey"));
        }
        if (survey.getRecord() != null && survey.getBody() != null
                && !survey.getRecord().getBody().getId().equals(survey.getBody().getId())) {
            broken.add(RuleViolation.onField("record", "survey.record.otherBody"));
        }
        return broken;
    }

    public static List<RuleViolation> check(Finding finding) {
        List<RuleViolation> broken = new ArrayList<>();
        if (finding.getText() == null) {
            broken.add(RuleViolation.onField("text", "finding.text.required"));
        }
        if (finding.getLevel() == null) {
            broken.add(RuleViolation.onField("level", "finding.level.required"));
        }
        return broken;
    }

    /** @param previous the status before this edit, or null for a new plan */
    public static List<RuleViolation> check(Correction correction, CorrectionStatus previous) {
        List<RuleViolation> broken = new ArrayList<>();
        if (correction.getActions() == null) {
            broken.add(RuleViolation.onField("actions", "correction.actions.required"));
        }
        if (correction.getOwner() == null) {
            broken.add(RuleViolation.onField("owner", "correction.owner.required"));
        }
        if (correction.getDueDate() == null) {
            broken.add(RuleViolation.onField("dueDate", "correction.dueDate.required"));
        }
        CorrectionStatus next = correction.getStatus();
        if (next == null) {
            broken.add(RuleViolation.onField("status", "correction.status.required"));
        } else if (!(previous == null ? next == CorrectionStatus.OPEN : previous.canMoveTo(next))) {
            broken.add(RuleViolation.onField("status", "correction.status.transition"));
        } else if (next == CorrectionStatus.CLOSED && correction.getEvidenceNote() == null) {
            broken.add(RuleViolation.onField("evidenceNote", "correction.closed.evidenceNote"));
        }
        return broken;
    }
}
