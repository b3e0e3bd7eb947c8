package org.iopmanager.aftercare.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iopmanager.aftercare.entity.ReferralStatus.ACCEPTED;
import static org.iopmanager.aftercare.entity.ReferralStatus.APPOINTMENT_SCHEDULED;
import static org.iopmanager.aftercare.entity.ReferralStatus.ATTENDED;
import static org.iopmanager.aftercare.entity.ReferralStatus.CLOSED;
import static org.iopmanager.aftercare.entity.ReferralStatus.CONSENT_RECORDED;
import static org.iopmanager.aftercare.entity.ReferralStatus.DECLINED;
import static org.iopmanager.aftercare.entity.ReferralStatus.DRAFT;
import static org.iopmanager.aftercare.entity.ReferralStatus.NO_SHOW;
import static org.iopmanager.aftercare.entity.ReferralStatus.SENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopmanager.aftercare.entity.ClosingOutcome;
import org.iopmanager.aftercare.entity.ReferralStatus;

class ReferralLifecycleTest {

    /** The whole table of legal moves, written out once more by hand: every other pair is refused. */
    private static final Map<ReferralStatus, Set<ReferralStatus>> LEGAL = Map.of(
            DRAFT, EnumSet.of(CONSENT_RECORDED, SENT, CLOSED),
            CONSENT_RECORDED, EnumSet.of(CONSENT_RECORDED, SENT, CLOSED),
            SENT, EnumSet.of(SENT, ACCEPTED, DECLINED, CLOSED),
            ACCEPTED, EnumSet.of(SENT, APPOINTMENT_SCHEDULED, CLOSED),
            DECLINED, EnumSet.of(CLOSED),
            APPOINTMENT_SCHEDULED, EnumSet.of(APPOINTMENT_SCHEDULED, ATTENDED, NO_SHOW, CLOSED),
            NO_SHOW, EnumSet.of(APPOINTMENT_SCHEDULED, CLOSED),
            ATTENDED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    @Test
    void everyFromToPairIsLegalExactlyWhenTheTableSaysSo() {
        int pairs = 0;
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                boolean legal = LEGAL.get(from).contains(to);
                assertThat(ReferralLifecycle.allowed(from, to)).as(from + " -> " + to).isEqualTo(legal);
                ReferralStep step = complete(to);
                if (legal) {
                    ReferralLifecycle.check(from, step, false);
                } else {
                    assertThatThrownBy(() -> ReferralLifecycle.check(from, step, false)).as(from + " -> " + to)
                            .isInstanceOfSatisfying(ReferralRefused.class, e -> {
                                assertThat(e.httpStatus()).isEqualTo(409);
                                assertThat(e.getMessageKey()).isEqualTo("aftercare.referral.illegal");
                                assertThat(e.getArguments()).containsExactly(from.name(), to.name());
                            });
                }
                pairs++;
            }
            assertThat(ReferralLifecycle.next(from)).isEqualTo(LEGAL.get(from));
        }
        assertThat(pairs).isEqualTo(81);
    }

    @Test
    void aReferralWithSudInformationGoesFromDraftToSentOnlyThroughItsConsent() {
        assertThatThrownBy(() -> ReferralLifecycle.check(DRAFT, ReferralStep.to(SENT), true))
                .isInstanceOfSatisfying(ReferralRefused.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.getMessageKey()).isEqualTo("aftercare.referral.consent.needed");
                });
        ReferralLifecycle.check(DRAFT, ReferralStep.to(SENT), false);
        ReferralLifecycle.check(CONSENT_RECORDED, ReferralStep.to(SENT), true);
    }

    @Test
    void eachStepThatMustBringSomethingIsRefusedOnItsFieldWithout() {
        refusedOn(DRAFT, ReferralStep.to(CONSENT_RECORDED), "consentId", "aftercare.referral.consent.required");
        refusedOn(SENT, ReferralStep.to(DECLINED), "reason", "aftercare.referral.declineReason.required");
        refusedOn(SENT, new ReferralStep(DECLINED, null, "  ", null, null), "reason", "aftercare.referral.declineReason.required");
        refusedOn(ACCEPTED, ReferralStep.to(APPOINTMENT_SCHEDULED), "date", "aftercare.referral.appointment.required");
        refusedOn(ATTENDED, ReferralStep.to(CLOSED), "outcome", "aftercare.referral.outcome.required");
        refusedOn(SENT, new ReferralStep(DECLINED, null, "x".repeat(501), null, null), "reason", "aftercare.text.size.500");
    }

    @Test
    void onlyAClosedReferralIsNoLongerOpen() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(ReferralLifecycle.open(status)).as(status.name()).isEqualTo(status != CLOSED);
        }
    }

    private static void refusedOn(ReferralStatus from, ReferralStep step, String field, String key) {
        assertThatThrownBy(() -> ReferralLifecycle.check(from, step, false)).isInstanceOfSatisfying(ReferralRefused.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.httpStatus()).isEqualTo(422);
        });
    }

    /** A step to {@code to} with everything any step may need. */
    private static ReferralStep complete(ReferralStatus to) {
        return new ReferralStep(to, 1L, "Waiting list full", LocalDate.of(2026, 3, 2), ClosingOutcome.CONNECTED);
    }
}
