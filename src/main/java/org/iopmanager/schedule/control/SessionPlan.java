package org.iopmanager.schedule.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.WorkshopTopic;

/**
 * What a clinician plans for a session or for each session of a series, in the site's local day and time. The
 * rules that need no database live here: a workshop has a topic (a custom one is named by the title), individual
 * and family sessions seat one, the co-facilitator is somebody else, the duration fits a day. The invited family
 * members are {@code null} when the plan does not say (an edit then keeps the session's invitations).
 */
public record SessionPlan(SessionKind kind, WorkshopTopic topic, String title, Long facilitatorId, Long coFacilitatorId,
        String room, Integer capacity, LocalDate date, LocalTime startTime, Integer durationMinutes,
        List<Long> familyMemberIds) implements Serializable {

    public static final int TITLE_MAX = 120;
    public static final int ROOM_MAX = 60;
    public static final int CAPACITY_MAX = 50;
    public static final int DURATION_MIN = 15;
    public static final int DURATION_MAX = 480;

    public SessionPlan {
        title = title == null || title.isBlank() ? null : title.strip();
        room = room == null || room.isBlank() ? null : room.strip();
        familyMemberIds = familyMemberIds == null ? null : List.copyOf(familyMemberIds);
    }

    /** The capacity a session of this plan gets: one for individual and family sessions. */
    public int seats() {
        return kind != null && kind.isSingle() ? 1 : capacity;
    }

    /** Whether the plan names the invited family members (an edit keeps the session's when it does not). */
    public boolean namesFamily() {
        return familyMemberIds != null;
    }

    /** Every broken rule at once, next to its field. */
    public void check() {
        List<RuleViolation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(RuleViolation.onField("kind", "schedule.session.kind.required"));
        }
        if (kind == SessionKind.EDUCATIONAL_WORKSHOP && topic == null) {
            violations.add(RuleViolation.onField("topic", "schedule.session.topic.required"));
        }
        if (kind != null && kind != SessionKind.EDUCATIONAL_WORKSHOP && topic != null) {
            violations.add(RuleViolation.onField("topic", "schedule.session.topic.workshopOnly"));
        }
        if (title == null) {
            violations.add(RuleViolation.onField("title", "schedule.session.title.required"));
        } else if (title.length() > TITLE_MAX) {
            violations.add(RuleViolation.onField("title", "schedule.session.title.size", TITLE_MAX));
        }
        if (room != null && room.length() > ROOM_MAX) {
            violations.add(RuleViolation.onField("room", "schedule.session.room.size", ROOM_MAX));
        }
        if (facilitatorId == null) {
            violations.add(RuleViolation.onField("facilitator", "schedule.session.facilitator.required"));
        } else if (Objects.equals(facilitatorId, coFacilitatorId)) {
            violations.add(RuleViolation.onField("coFacilitator", "schedule.session.coFacilitator.same"));
        }
        if ((kind == null || !kind.isSingle()) && (capacity == null || capacity < 1 || capacity > CAPACITY_MAX)) {
            violations.add(RuleViolation.onField("capacity", "schedule.session.capacity.range", CAPACITY_MAX));
        }
        if (date == null) {
            violations.add(RuleViolation.onField("date", "schedule.session.date.required"));
        }
        if (startTime == null) {
            violations.add(RuleViolation.onField("startTime", "schedule.session.startTime.required"));
        }
        if (durationMinutes == null || durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
            violations.add(RuleViolation.onField("durationMinutes", "schedule.session.duration.range", DURATION_MIN, DURATION_MAX));
        }
        if (kind != SessionKind.FAMILY_THERAPY && familyMemberIds != null && !familyMemberIds.isEmpty()) {
            violations.add(RuleViolation.onField("familyMembers", "schedule.session.family.familyOnly"));
        }
        RuleViolations.throwIfAny(violations);
    }
}
