package org.iopmanager.reporting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.site.control.Horizon;
import org.iopmanager.site.entity.RecordStatus;

/** One site × body cell of the readiness matrix: its most urgent current record, and how many there are. */
public record ReadinessCell(Long recordId, RecordStatus status, LocalDate expiryDate, Long daysToExpiry, Horizon horizon,
        int records) implements Serializable {
}
