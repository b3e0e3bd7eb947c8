package org.iopmanager.staff.boundary;

import java.time.Instant;
import java.time.LocalDate;

import org.iopmanager.staff.entity.MatchBasis;
import org.iopmanager.staff.entity.MatchStatus;

/** A possible match as the review queue shows it: the staff member beside the list row. */
public record MatchRow(Long id, long version, Long staffId, String staffFirstName, String staffMiddleName,
        String staffLastName, LocalDate staffDob, String staffNpi, MatchBasis basis, String entryLastName,
        String entryFirstName, String entryMiddleName, String entryBusinessName, LocalDate entryDob, String entryNpi,
        String exclusionType, LocalDate exclusionDate, MatchStatus status, Instant foundAt, String reviewedBy,
        Instant reviewedAt, String reason) implements java.io.Serializable {

    public String staffName() {
        return join(staffFirstName, staffMiddleName, staffLastName);
    }

    /** As the LEIE lists it: "LAST, FIRST MIDDLE", or the business name. */
    public String entryName() {
        if (entryLastName == null) {
            return entryBusinessName;
        }
        String given = join(entryFirstName, entryMiddleName);
        return given.isEmpty() ? entryLastName : entryLastName + ", " + given;
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        }
        return text.toString();
    }
}
