package org.iopmanager.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.staff.control.Clearance;

class ClearanceTextTest {

    @Test
    void reasonsReadAsTheirTextsWithArgumentsAndUnknownKeysStayAsTheyAre() {
        assertThat(ClearanceText.of(List.of(new Clearance.Reason("clearance.credentialing.PENDING"),
                new Clearance.Reason("clearance.noEligibleType", "GROUP_THERAPY"), new Clearance.Reason("no.such.key"))))
                .isEqualTo("Credentialing pending: no decision yet. No credential held allows GROUP_THERAPY. no.such.key");
    }
}
