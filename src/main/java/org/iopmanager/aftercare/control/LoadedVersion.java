package org.iopmanager.aftercare.control;

import org.iopmanager.platform.control.RuleViolation;

/**
 * The version a caller says it loaded, required. Checked inside the facades, after their role check, so a role that
 * may not write is told 403 even when its request has no version.
 */
public final class LoadedVersion {

    private LoadedVersion() {
    }

    public static long of(Long version) {
        if (version == null) {
            throw RuleViolation.onField("version", "aftercare.version.required");
        }
        return version;
    }
}
