package org.iopmanager.aftercare.boundary;

import java.io.Serializable;

/**
 * The due list's filter: a site, which checks ({@link Show}) and an optional name or record number.
 */
public record FollowUpFilter(Long siteId, Show show, String text) implements Serializable {

    /** OPEN: overdue, due today and due within the notice days; the others one state each; ALL every check not done. */
    public enum Show { OPEN, OVERDUE, DUE_TODAY, UPCOMING, MISSED, DONE, ALL }

    public FollowUpFilter {
        show = show == null ? Show.OPEN : show;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
