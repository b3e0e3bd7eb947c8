package org.iopmanager.schedule.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's week for the hours page and the API: each open episode's minutes against its minimum, the shortfalls,
 * and (for administrators and auditors only) the site's compliance rate over the last weeks.
 */
public record WeekReport(Long siteId, LocalDate week, List<HoursRow> rows, List<HoursRow> shortfalls, Compliance compliance)
        implements Serializable {
}
