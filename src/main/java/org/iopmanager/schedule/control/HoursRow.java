package org.iopmanager.schedule.control;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;

/** One participant's week: minutes attended against the (prorated) minimum of the episode's level of care. */
public record HoursRow(Long episodeId, Long participantId, String name, String recordNumber, LevelOfCare levelOfCare,
        Track track, LocalDate admissionDate, LocalDate dischargeDate, int deliveredMinutes, int requiredMinutes)
        implements Serializable {

    public boolean isShort() {
        return deliveredMinutes < requiredMinutes;
    }

    public int shortByMinutes() {
        return Math.max(0, requiredMinutes - deliveredMinutes);
    }

    public String getDelivered() {
        return hours(deliveredMinutes);
    }

    public String getRequired() {
        return hours(requiredMinutes);
    }

    public String getShortBy() {
        return hours(shortByMinutes());
    }

    /** A participant as lists show them: "Last, First". */
    public static String nameOf(org.iopmanager.participant.entity.Participant p) {
        return p.getLastName() + ", " + p.getFirstName();
    }

    /** Minutes as hours and minutes ("7:30"). */
    public static String hours(int minutes) {
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }
}
