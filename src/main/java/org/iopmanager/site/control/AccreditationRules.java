package org.iopmanager.site.control;

import java.util.ArrayList;
import java.util.List;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.site.entity.AccreditationRecord;

/**
 * The rules one accreditation record must keep, each with its own message next to its field. Rules that
 * involve other records (one current record per site, body and programme) live in the facade.
 */
public final class AccreditationRules {

    private AccreditationRules() {
    }

    public static List<RuleViolation> check(AccreditationRecord record) {
        List<RuleViolation> broken = new ArrayList<>();
        if (record.getProgrammes().isEmpty()) {
            broken.add(RuleViolation.onField("programmes", "record.programmes.required"));
        }
        if (record.getEffectiveDate() != null && record.getExpiryDate() != null
                && !record.getExpiryDate().isAfter(record.getEffectiveDate())) {
            broken.add(RuleViolation.onField("expiryDate", "record.expiry.afterEffective"));
        }
        if (record.getStatus() != null && record.getStatus().inForce()) {
            if (record.getDecisionDate() == null) {
                broken.add(RuleViolation.onField("decisionDate", "record.inForce.decisionDate"));
            }
            if (record.getExpiryDate() == null) {
                broken.add(RuleViolation.onField("expiryDate", "record.inForce.expiryDate"));
            }
        }
        if (record.getNextSurveyFrom() != null && record.getNextSurveyTo() != null
                && record.getNextSurveyTo().isBefore(record.getNextSurveyFrom())) {
            broken.add(RuleViolation.onField("nextSurveyTo", "record.surveyWindow.order"));
        }
        if (record.getDecisionDate() != null && record.getEffectiveDate() != null
                && record.getEffectiveDate().isBefore(record.getDecisionDate().minusYears(1))) {
            broken.add(RuleViolation.onField("effectiveDate", "record.effective.beforeDecision"));
        }
        return broken;
    }
}
