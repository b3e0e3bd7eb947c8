package org.iopmanager.staff.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * A list row that may be this staff member, waiting for a person to confirm it (the staff member is then
 * excluded) or dismiss it as a false positive. Either decision needs a reason, which the audit line carries
 * too. One per staff member and list row, whichever run found it first.
 */
@Entity
@Table(name = "screening_match")
public class ScreeningMatch extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private ScreeningRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffMember staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ExclusionEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private MatchBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatchStatus status = MatchStatus.OPEN;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = REASON_MAX)
    private String reason;

    protected ScreeningMatch() {
    }

    public ScreeningMatch(ScreeningRun run, StaffMember staff, ExclusionEntry entry, MatchBasis basis, Instant foundAt) {
        this.run = run;
        this.staff = staff;
        this.entry = entry;
        this.basis = basis;
        this.foundAt = foundAt;
    }

    /** Records the decision; the caller checks that the match is still open and the reason is given. */
    public void review(MatchStatus decision, String by, Instant at, String why) {
        this.status = decision;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reason = why;
    }

    public boolean isOpen() {
        return status == MatchStatus.OPEN;
    }

    public ScreeningRun getRun() {
        return run;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public ExclusionEntry getEntry() {
        return entry;
    }

    public MatchBasis getBasis() {
        return basis;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReason() {
        return reason;
    }
}
