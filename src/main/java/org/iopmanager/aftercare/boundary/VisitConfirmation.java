package org.iopmanager.aftercare.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.aftercare.entity.ConfirmationMethod;
import org.iopmanager.aftercare.entity.VisitConfirmer;

/** A verified first visit: on which day, confirmed by whom, how, and a note. */
public record VisitConfirmation(LocalDate firstVisitOn, VisitConfirmer confirmedBy, ConfirmationMethod method, String note)
        implements Serializable {
}
