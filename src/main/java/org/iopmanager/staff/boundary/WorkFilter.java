package org.iopmanager.staff.boundary;

import java.io.Serializable;

import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.WorkReason;

/** Narrowing of the verification work list: site, discipline, kind, one reason, only my claims, name fragment. */
public record WorkFilter(Long siteId, Long disciplineId, CredentialKind kind, WorkReason reason, boolean mineOnly,
        String text) implements Serializable {

    public static final WorkFilter ALL = new WorkFilter(null, null, null, null, false, null);

    public WorkFilter withReason(WorkReason other) {
        return new WorkFilter(siteId, disciplineId, kind, other, mineOnly, text);
    }
}
