package org.iopmanager.schedule.control;

import java.io.Serializable;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.schedule.entity.Attendance;

/** A participant on a session's list (enrolled, episode open on the day) with their attendance, if recorded. */
public record RosterLine(Episode episode, Attendance attendance) implements Serializable {
}
