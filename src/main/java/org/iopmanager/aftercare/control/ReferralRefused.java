package org.iopmanager.aftercare.control;

import jakarta.ejb.ApplicationException;

import org.iopmanager.aftercare.entity.ReferralStatus;
import org.iopmanager.platform.control.RuleViolation;

/**
 * A referral step refused for its state (409: not from here) or for the consent or what the step must bring (422: the
 * request is understood but cannot be done as it stands). The page shows it next to the field or on top.
 */
@ApplicationException(rollback = true)
public class ReferralRefused extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final int status;

    private ReferralRefused(int status, String field, String key, Object... arguments) {
        super(field, key, arguments);
        this.status = status;
    }

    public static ReferralRefused illegal(ReferralStatus from, ReferralStatus to) {
        return new ReferralRefused(409, null, "aftercare.referral.illegal", from.name(), to.name());
    }

    public static ReferralRefused consent(String key, Object... arguments) {
        return new ReferralRefused(422, null, key, arguments);
    }

    public static ReferralRefused onField(String field, String key, Object... arguments) {
        return new ReferralRefused(422, field, key, arguments);
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
