package org.iopmanager.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;

class AccreditationRulesTest {

    private static AccreditationRecord record(RecordStatus status) {
        AccreditationRecord record = new AccreditationRecord(new Site("T", "Test", ZoneId.of("UTC")), Instant.EPOCH);
        record.setStatus(status);
        record.setProgrammes(EnumSet.of(Programme.ADULT_IOP));
        return record;
    }

    private static java.util.List<String> keys(AccreditationRecord record) {
        return AccreditationRules.check(record).stream().map(v -> v.getField() + ":" + v.getMessageKey()).toList();
    }

    @Test
    void aCompleteAccreditedRecordPasses() {
        AccreditationRecord record = record(RecordStatus.ACCREDITED);
        record.setDecisionDate(LocalDate.of(2026, 5, 20));
        record.setEffectiveDate(LocalDate.of(2026, 6, 1));
        record.setExpiryDate(LocalDate.of(2029, 5, 31));
        assertThat(AccreditationRules.check(record)).isEmpty();
    }

    @Test
    void expiryMustComeAfterEffective() {
        AccreditationRecord record = record(RecordStatus.APPLIED);
        record.setEffectiveDate(LocalDate.of(2026, 6, 1));
        record.setExpiryDate(LocalDate.of(2026, 6, 1));
        assertThat(keys(record)).containsExactly("expiryDate:record.expiry.afterEffective");
        record.setExpiryDate(LocalDate.of(2026, 5, 31));
        assertThat(keys(record)).containsExactly("expiryDate:record.expiry.afterEffective");
        record.setExpiryDate(LocalDate.of(2026, 6, 2));
        assertThat(keys(record)).isEmpty();
    }

    @Test
    void accreditedAndProvisionalNeedADecisionDateAndAnExpiry() {
        for (RecordStatus status : RecordStatus.IN_FORCE) {
            assertThat(keys(record(status))).as(status.name())
                    .containsExactly("decisionDate:record.inForce.decisionDate", "expiryDate:record.inForce.expiryDate");
        }
        assertThat(keys(record(RecordStatus.APPLIED))).isEmpty();
        assertThat(keys(record(RecordStatus.SURVEY_SCHEDULED))).isEmpty();
    }

    @Test
    void aRecordCoversAtLeastOneProgrammeAndItsSurveyWindowIsInOrder() {
        AccreditationRecord record = record(RecordStatus.APPLIED);
        record.setProgrammes(EnumSet.noneOf(Programme.class));
        record.setNextSurveyFrom(LocalDate.of(2027, 3, 1));
        record.setNextSurveyTo(LocalDate.of(2027, 2, 28));
        assertThat(keys(record)).containsExactly("programmes:record.programmes.required", "nextSurveyTo:record.surveyWindow.order");
    }

    @Test
    void everyBrokenRuleIsAViolationOnItsField() {
        assertThat(AccreditationRules.check(record(RecordStatus.ACCREDITED))).extracting(RuleViolation::getField)
                .containsOnly("decisionDate", "expiryDate");
    }
}
