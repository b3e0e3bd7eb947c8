package org.iopmanager.reporting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.site.control.Horizon;
import org.iopmanager.site.entity.RecordStatus;

/**
 * One site × body cell of the readiness matrix: its most urgent current record, how many there are, and the
 * body's open findings (plan missing or not accepted or closed) and overdue plans of correction at the site.
 */
public record ReadinessCell(Long recordId, RecordStatus status, LocalDate expiryDate, Long daysToExpiry, Horizon horizon,
        int records, long openFindings, long overdueCorrections) implements Serializable {

    ReadinessCell withCounts(long open, long overdue) {
        return new ReadinessCell(recordId, status, expiryDate, daysToExpiry, horizon, records, open, overdue);
    }
}
