package org.iopmanager.participant.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.control.RuleViolation;

/**
 * What an ASAM assessment must be: dated on a day of the episode (not in the future, not before admission, not after
 * discharge),
 * with its edition, and every one of the six dimensions rated 0 to 4. Which names the dimensions carry depends on
 * the edition. Choosing the 4th edition for an adolescent is a warning, not a refusal: the 4th edition covers adults,
 * and adolescents stay on the 3rd until a youth volume ships, but the clinician decides.
 */
public final class AssessmentRules {

    public static final int MIN_RATING = 0;
    public static final int MAX_RATING = 4;

    private AssessmentRules() {
    }

    /** Every broken rule, each on its field (empty: the assessment may be recorded). */
    public static List<RuleViolation> check(AsamAssessment draft, LocalDate admission, LocalDate discharge, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate on = draft.getAssessedOn();
        if (on == null) {
            violations.add(RuleViolation.onField("assessedOn", "assessment.assessedOn.required"));
        } else if (on.isAfter(today)) {
            violations.add(RuleViolation.onField("assessedOn", "assessment.assessedOn.future"));
        } else if (admission != null && on.isBefore(admission)) {
            violations.add(RuleViolation.onField("assessedOn", "assessment.assessedOn.beforeAdmission", admission));
        } else if (discharge != null && on.isAfter(discharge)) {
            violations.add(RuleViolation.onField("assessedOn", "assessment.assessedOn.afterDischarge", discharge));
        }
        if (draft.getEdition() == null) {
            violations.add(RuleViolation.onField("edition", "assessment.edition.required"));
        }
        for (AsamDimension dimension : AsamDimension.values()) {
            Integer rating = draft.rating(dimension);
            String field = ratingField(dimension);
            if (rating == null) {
                violations.add(RuleViolation.onField(field, "assessment.rating.required"));
            } else if (rating < MIN_RATING || rating > MAX_RATING) {
                violations.add(RuleViolation.onField(field, "assessment.rating.range"));
            }
            String note = draft.note(dimension);
            if (note != null && note.length() > AsamAssessment.NOTE_MAX) {
                violations.add(RuleViolation.onField(noteField(dimension), "assessment.note.size", AsamAssessment.NOTE_MAX));
            }
        }
        return violations;
    }

    /** Warnings (bundle keys) that do not stop the assessment being recorded. */
    public static List<String> warnings(AsamEdition edition, Track track) {
        if (edition == AsamEdition.FOURTH && track == Track.ADOLESCENT_IOP) {
            return List.of("assessment.edition.adolescentFourth");
        }
        return List.of();
    }

    /** The bundle key of a dimension's name in an edition. */
    public static String dimensionKey(AsamEdition edition, AsamDimension dimension) {
        return "AsamDimension." + edition.name() + "." + dimension.name();
    }

    public static String ratingField(AsamDimension dimension) {
        return dimension.name().toLowerCase(java.util.Locale.ROOT) + "Rating";
    }

    public static String noteField(AsamDimension dimension) {
        return dimension.name().toLowerCase(java.util.Locale.ROOT) + "Note";
    }
}
