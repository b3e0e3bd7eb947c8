package org.iopmanager.audit.control;

import java.time.OffsetDateTime;

/** One audit line as it will be inserted: the record, who acted and when, fixed when the change was made. */
record AuditLine(OffsetDateTime at, AuditRecord record, String actor, String role, String address, String reason) {
}
