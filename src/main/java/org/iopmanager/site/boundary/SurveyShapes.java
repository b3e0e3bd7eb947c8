package org.iopmanager.site.boundary;

import java.time.LocalDate;

import org.iopmanager.security.entity.AppUser;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.FindingLevel;
import org.iopmanager.site.entity.Survey;
import org.iopmanager.site.entity.SurveyType;

/** How surveys, findings and plans of correction look over HTTP: their own shapes, never the entities. */
public final class SurveyShapes {

    private SurveyShapes() {
    }

    public record SurveyView(Long id, long version, Long siteId, Long bodyId, String bodyName, Long recordId,
            LocalDate surveyDate, SurveyType type, String surveyors, String outcome, LocalDate reportDate) {

        static SurveyView of(Survey s) {
            return new SurveyView(s.getId(), s.getVersion(), s.owningSiteId(), s.getBody().getId(), s.getBody().getName(),
                    s.getRecord() == null ? null : s.getRecord().getId(), s.getSurveyDate(), s.getType(), s.getSurveyors(),
                    s.getOutcome(), s.getReportDate());
        }
    }

    public record SurveyEdit(long version, Long bodyId, Long recordId, LocalDate surveyDate, SurveyType type,
            String surveyors, String outcome, LocalDate reportDate) {

        Survey toSurvey(AccreditingBody body, AccreditationRecord record) {
            Survey survey = new Survey();
            survey.setBody(body);
            survey.setRecord(record);
            survey.setSurveyDate(surveyDate);
            survey.setType(type);
            survey.setSurveyors(surveyors);
            survey.setOutcome(outcome);
            survey.setReportDate(reportDate);
            return survey;
        }
    }

    public record FindingView(Long id, long version, Long surveyId, Long siteId, String standardRef, String text,
            FindingLevel level, boolean open, Long correctionId) {

        static FindingView of(Finding f) {
            return new FindingView(f.getId(), f.getVersion(), f.getSurvey().getId(), f.owningSiteId(), f.getStandardRef(),
                    f.getText(), f.getLevel(), f.isOpen(), f.getCorrection() == null ? null : f.getCorrection().getId());
        }
    }

    public record FindingEdit(long version, String standardRef, String text, FindingLevel level) {

        Finding toFinding() {
            Finding finding = new Finding();
            finding.setStandardRef(standardRef);
            finding.setText(text);
            finding.setLevel(level);
            return finding;
        }
    }

    public record CorrectionView(Long id, long version, Long findingId, Long siteId, String actions, Long ownerId,
            String ownerName, LocalDate dueDate, CorrectionStatus status, boolean overdue, String evidenceNote) {

        static CorrectionView of(Correction c, LocalDate today) {
            return new CorrectionView(c.getId(), c.getVersion(), c.getFinding().getId(), c.owningSiteId(), c.getActions(),
                    c.getOwner().getId(), c.getOwner().getDisplayName(), c.getDueDate(), c.getStatus(), c.isOverdueOn(today),
                    c.getEvidenceNote());
        }
    }

    public record CorrectionEdit(long version, String actions, Long ownerId, LocalDate dueDate, CorrectionStatus status,
            String evidenceNote) {

        Correction toCorrection(AppUser owner) {
            Correction correction = new Correction();
            correction.setActions(actions);
            correction.setOwner(owner);
            correction.setDueDate(dueDate);
            correction.setStatus(status == null ? CorrectionStatus.OPEN : status);
            correction.setEvidenceNote(evidenceNote);
            return correction;
        }
    }

    public record OwnerView(Long id, String username, String displayName) {
    }
}
