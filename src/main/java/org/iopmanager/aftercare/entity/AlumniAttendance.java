package org.iopmanager.aftercare.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * An alumni group meeting a discharged participant attended. Its own small record rather than a schedule session:
 * sessions enrol open episodes and count towards the programme's hours, which an alumni meeting must not.
 */
@Entity
@Table(name = "alumni_attendance")
public class AlumniAttendance extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int GROUP_MAX = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{alumni.attendedOn.required}")
    @Column(name = "attended_on", nullable = false, updatable = false)
    private LocalDate attendedOn;

    @NotBlank(message = "{alumni.groupName.required}")
    @Size(max = GROUP_MAX, message = "{alumni.groupName.size}")
    @Column(name = "group_name", nullable = false, length = GROUP_MAX, updatable = false)
    private String groupName;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    public AlumniAttendance() {
    }

    public AlumniAttendance(FollowUp followUp, LocalDate attendedOn, String groupName, String recordedBy) {
        this.followUp = followUp;
        this.siteId = followUp.owningSiteId();
        this.attendedOn = attendedOn;
        this.groupName = groupName == null ? null : groupName.strip();
        this.recordedBy = recordedBy;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public LocalDate getAttendedOn() {
        return attendedOn;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
