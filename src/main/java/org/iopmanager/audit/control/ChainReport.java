package org.iopmanager.audit.control;

import java.io.Serializable;

/**
 * What a walk along the audit chain found: how many links were checked, and the first broken one (its link number,
 * the audit line it seals and what is wrong) or none; plus how many lines still wait for their seal.
 */
public record ChainReport(long checked, Long brokenAtLink, Long brokenAuditId, Problem problem, long unsealed)
        implements Serializable {

    /** Why a link does not hold. */
    public enum Problem {
        /** The line's content is not what was sealed: it was changed. */
        CHANGED,
        /** The sealed line is gone: it was deleted. */
        MISSING,
        /** The link does not follow from the one before: links were removed or reordered. */
        UNLINKED
    }

    public boolean intact() {
        return problem == null;
    }

    @Override
    public String toString() {
        return intact() ? "audit chain intact: " + checked + " links checked, " + unsealed + " lines not sealed yet"
                : "audit chain broken at link " + brokenAtLink + " (audit line " + brokenAuditId + "): " + problem
                        + "; " + checked + " links checked before it";
    }
}
