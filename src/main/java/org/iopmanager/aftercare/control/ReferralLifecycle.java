package org.iopmanager.aftercare.control;

import static org.iopmanager.aftercare.entity.ReferralStatus.ACCEPTED;
import static org.iopmanager.aftercare.entity.ReferralStatus.APPOINTMENT_SCHEDULED;
import static org.iopmanager.aftercare.entity.ReferralStatus.ATTENDED;
import static org.iopmanager.aftercare.entity.ReferralStatus.CLOSED;
import static org.iopmanager.aftercare.entity.ReferralStatus.CONSENT_RECORDED;
import static org.iopmanager.aftercare.entity.ReferralStatus.DECLINED;
import static org.iopmanager.aftercare.entity.ReferralStatus.DRAFT;
import static org.iopmanager.aftercare.entity.ReferralStatus.NO_SHOW;
import static org.iopmanager.aftercare.entity.ReferralStatus.SENT;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.iopmanager.aftercare.entity.ReferralStatus;

/**
 * The legal moves of a referral, and what each move must bring. {@code draft → consent_recorded → sent → accepted |
 * declined → appointment_scheduled → attended | no_show → closed}; a referral without SUD information may go from
 * draft straight to sent (HIPAA treatment disclosure, still logged); a sent or accepted referral may be sent again
 * (an update to the service, a new disclosure); a no-show may be rescheduled; anything open may be closed. Whether the
 * consent allows the sending is {@link ConsentRules}' question, asked by the facade.
 */
public final class ReferralLifecycle {

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = new EnumMap<>(ReferralStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(CONSENT_RECORDED, SENT, CLOSED));
        NEXT.put(CONSENT_RECORDED, EnumSet.of(CONSENT_RECORDED, SENT, CLOSED));
        NEXT.put(SENT, EnumSet.of(SENT, ACCEPTED, DECLINED, CLOSED));
        NEXT.put(ACCEPTED, EnumSet.of(SENT, APPOINTMENT_SCHEDULED, CLOSED));
        NEXT.put(DECLINED, EnumSet.of(CLOSED));
        NEXT.put(APPOINTMENT_SCHEDULED, EnumSet.of(APPOINTMENT_SCHEDULED, ATTENDED, NO_SHOW, CLOSED));
        NEXT.put(NO_SHOW, EnumSet.of(APPOINTMENT_SCHEDULED, CLOSED));
        NEXT.put(ATTENDED, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(ReferralStatus.class));
    }

    private ReferralLifecycle() {
    }

    public static Set<ReferralStatus> next(ReferralStatus from) {
        Set<ReferralStatus> next = NEXT.get(from);
        return next.isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(next);
    }

    public static boolean allowed(ReferralStatus from, ReferralStatus to) {
        return from != null && to != null && NEXT.get(from).contains(to);
    }

    /**
     * Checks a move and what it brings; throws {@link ReferralRefused} with the reason otherwise. Draft to sent needs a
     * referral without SUD information (one with it records its consent first).
     */
    public static void check(ReferralStatus from, ReferralStep step, boolean sudInformation) {
        ReferralStatus to = step.to();
        if (!allowed(from, to)) {
            throw ReferralRefused.illegal(from, to);
        }
        if (from == DRAFT && to == SENT && sudInformation) {
            throw ReferralRefused.consent("aftercare.referral.consent.needed");
        }
        switch (to) {
            case CONSENT_RECORDED -> require(step.consentId() != null, "consentId", "aftercare.referral.consent.required");
            case DECLINED -> require(step.reason() != null && !step.reason().isBlank(), "reason",
                    "aftercare.referral.declineReason.required");
            case APPOINTMENT_SCHEDULED -> require(step.date() != null, "date", "aftercare.referral.appointment.required");
            case CLOSED -> require(step.outcome() != null, "outcome", "aftercare.referral.outcome.required");
            default -> {
                // the other moves bring nothing of their own
            }
        }
        if (step.reason() != null && step.reason().length() > 500) {
            throw ReferralRefused.onField("reason", "aftercare.text.size.500");
        }
    }

    /** Whether a referral in this state is still open (not closed), so the plan and the due list show it. */
    public static boolean open(ReferralStatus status) {
        return status != CLOSED;
    }

    private static void require(boolean condition, String field, String key) {
        if (!condition) {
            throw ReferralRefused.onField(field, key);
        }
    }
}
