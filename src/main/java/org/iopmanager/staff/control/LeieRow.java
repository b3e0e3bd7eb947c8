package org.iopmanager.staff.control;

import java.time.LocalDate;

/**
 * One excluded individual or entity as published in the LEIE, with "none" already turned into null: empty
 * or 00000000 dates, and an NPI of 0 or 0000000000. {@code line} is the file line the row starts on.
 */
public record LeieRow(int line, String lastName, String firstName, String middleName, String businessName,
        String general, String specialty, String upin, String npi, LocalDate dob, String address, String city,
        String state, String zip, String exclusionType, LocalDate exclusionDate, LocalDate reinstatementDate,
        LocalDate waiverDate, String waiverState) {

    /** Normalised last name, the first half of the name + date-of-birth match key. */
    public String lastKey() {
        return NameMatch.key(lastName);
    }

    /** Normalised first given name ("MARY ANN" → "MARY"). */
    public String firstKey() {
        return NameMatch.firstKey(firstName, middleName);
    }
}
