package org.iopmanager.schedule.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.iopmanager.participant.entity.FamilyMember;

import org.iopmanager.schedule.control.AttendanceEntry;
import org.iopmanager.schedule.control.RosterLine;
import org.iopmanager.schedule.entity.AttendanceStatus;

/** One editable row of the group attendance form. */
public class AttendanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long episodeId;
    private final String name;
    private final String recordNumber;
    private final Long version;
    private final List<FamilyMember> family;
    private AttendanceStatus status;
    private Integer minutes;
    private Long[] familyMemberIds;

    public AttendanceRow(RosterLine line, List<FamilyMember> family) {
        this.family = family;
        familyMemberIds = line.attendance() == null ? new Long[0]
                : line.attendance().getFamilyMembers().stream().map(FamilyMember::getId).toArray(Long[]::new);
        episodeId = line.episode().getId();
        name = org.iopmanager.schedule.control.HoursRow.nameOf(line.episode().getParticipant());
        recordNumber = line.episode().getParticipant().getRecordNumber();
        version = line.attendance() == null ? null : line.attendance().getVersion();
        status = line.attendance() == null ? null : line.attendance().getStatus();
        minutes = line.attendance() == null || !line.attendance().getStatus().needsMinutes() ? null : line.attendance().getMinutes();
    }

    public AttendanceEntry toEntry() {
        return new AttendanceEntry(episodeId, version, status, status != null && status.needsMinutes() ? minutes : null,
                Arrays.asList(familyMemberIds));
    }

    public List<FamilyMember> getFamily() {
        return family;
    }

    public Long[] getFamilyMemberIds() {
        return familyMemberIds;
    }

    public void setFamilyMemberIds(Long[] familyMemberIds) {
        this.familyMemberIds = familyMemberIds == null ? new Long[0] : familyMemberIds;
    }

    public boolean isRecorded() {
        return version != null;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public String getName() {
        return name;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
