package org.iopmanager.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.iopmanager.staff.control.CredentialStatusRule;
import org.junit.jupiter.api.Test;

class CredentialTest {

    static final CredentialStatusRule RULE = new CredentialStatusRule(120, 90);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static Credential credential(String typeCode, CredentialKind kind, LocalDate expiry) {
        CredentialType type = new CredentialType();
        type.setCode(typeCode);
        type.setKind(kind);
        Credential draft = new Credential();
        draft.setType(type);
        draft.setNumber("N-1");
        draft.setIssuer("Board");
        draft.setExpiryDate(expiry);
        Credential credential = new Credential(new StaffMember(Instant.EPOCH), Instant.EPOCH);
        credential.copyDetailsFrom(draft);
        return credential;
    }

    static void verify(Credential credential, VerificationOutcome outcome, LocalDate on) {
        Verification what = new Verification();
        what.setOutcome(outcome);
        what.setVerifiedOn(on);
        what.setSource(VerificationSource.ISSUING_BOARD);
        what.setMethod(VerificationMethod.ONLINE_LOOKUP);
        Verification verification = new Verification(credential, "tester", Instant.EPOCH);
        verification.copyDetailsFrom(what);
        credential.verified(verification);
        credential.refreshAttention(RULE, on);
    }

    @Test
    void aNewCredentialWaitsFromTheDayItWasAdded() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        credential.refreshAttention(RULE, TODAY.minusDays(3));

        assertThat(credential.getAttentionDate()).isEqualTo(TODAY.minusDays(3));
        assertThat(credential.workReasonOn(RULE, TODAY)).isEqualTo(WorkReason.NEW);
        assertThat(credential.statusOn(RULE, TODAY)).isEqualTo(CredentialStatus.PENDING_VERIFICATION);
    }

    @Test
    void aVerifiedCredentialBlocksTheDayAfterItsVerificationRunsOut() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        verify(credential, VerificationOutcome.VERIFIED, TODAY.minusDays(120));

        assertThat(credential.getAttentionDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(credential.statusOn(RULE, TODAY)).isEqualTo(CredentialStatus.VERIFIED);
        assertThat(credential.workReasonOn(RULE, TODAY)).isEqualTo(WorkReason.EXPIRING);
        assertThat(credential.statusOn(RULE, TODAY.plusDays(1))).isEqualTo(CredentialStatus.PENDING_VERIFICATION);
        assertThat(credential.workReasonOn(RULE, TODAY.plusDays(1))).isEqualTo(WorkReason.VERIFICATION_EXPIRED);
    }

    @Test
    void anExpiryBeforeTheVerificationRunsOutIsTheBlockingDay() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusDays(10));
        verify(credential, VerificationOutcome.VERIFIED, TODAY.minusDays(5));

        assertThat(credential.getAttentionDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(credential.workReasonOn(RULE, TODAY.plusDays(9))).isEqualTo(WorkReason.EXPIRING);
        assertThat(credential.workReasonOn(RULE, TODAY.plusDays(10))).isEqualTo(WorkReason.EXPIRED);
    }

    @Test
    void aFreshVerificationFarFromExpiryIsNotOnTheWorkList() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        verify(credential, VerificationOutcome.VERIFIED, TODAY);

        assertThat(credential.workReasonOn(RULE, TODAY)).isNull();
    }

    @Test
    void aRenewalNeedsANewVerificationFromTheDayItWasEntered() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusDays(30));
        verify(credential, VerificationOutcome.VERIFIED, TODAY.minusDays(10));
        Credential renewal = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        renewal.setType(credential.getType());

        credential.copyDetailsFrom(renewal);
        credential.refreshAttention(RULE, TODAY);

        assertThat(credential.isNeedsReverification()).isTrue();
        assertThat(credential.statusOn(RULE, TODAY)).isEqualTo(CredentialStatus.PENDING_VERIFICATION);
        assertThat(credential.workReasonOn(RULE, TODAY)).isEqualTo(WorkReason.RENEWED);
        assertThat(credential.getAttentionDate()).isEqualTo(TODAY);
    }

    @Test
    void editingWhatTheSourceDidNotVouchForNeedsNoNewVerification() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        verify(credential, VerificationOutcome.VERIFIED, TODAY.minusDays(10));
        Credential edit = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        edit.setType(credential.getType());
        edit.setIssuer("Board of Social Work (renamed)");

        credential.copyDetailsFrom(edit);

        assertThat(credential.isNeedsReverification()).isFalse();
        assertThat(credential.statusOn(RULE, TODAY)).isEqualTo(CredentialStatus.VERIFIED);
    }

    @Test
    void aDiscrepancyIsAProblemFromTheDayItWasFound() {
        Credential credential = credential("APRN", CredentialKind.STATE_LICENCE, TODAY.plusYears(1));
        verify(credential, VerificationOutcome.DISCREPANCY, TODAY.minusDays(5));

        assertThat(credential.getAttentionDate()).isEqualTo(TODAY.minusDays(5));
        assertThat(credential.workReasonOn(RULE, TODAY)).isEqualTo(WorkReason.PROBLEM);
    }

    @Test
    void aClaimEndsWhenTheCredentialIsVerified() {
        Credential credential = credential("LCSW", CredentialKind.STATE_LICENCE, TODAY.plusYears(2));
        credential.claim("casey", Instant.EPOCH);

        verify(credential, VerificationOutcome.VERIFIED, TODAY);

        assertThat(credential.getClaimedBy()).isNull();
    }
}
