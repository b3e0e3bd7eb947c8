package org.iopmanager.staff.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.iopmanager.staff.entity.ClinicalService;

/**
 * The answer to "may this staff member deliver this service here on this day": yes with the credential that
 * allows it, or no with every reason. Reasons are message keys with arguments, so pages, the API and later
 * features show them in the user's words.
 */
public record Clearance(ClinicalService service, LocalDate day, boolean allowed, List<Reason> reasons)
        implements Serializable {

    public Clearance {
        reasons = List.copyOf(reasons);
    }

    /** A message key and its arguments. */
    public record Reason(String key, Object... arguments) implements Serializable {

        public List<Object> argumentList() {
            return Arrays.asList(arguments);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Reason that && key.equals(that.key) && Arrays.equals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return key + Arrays.toString(arguments);
        }
    }
}
