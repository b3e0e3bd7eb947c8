package org.iopmanager.treatment.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.staff.entity.StaffMember;

/**
 * One version of an episode's treatment plan. Versions are never edited once signed: an amendment is a new
 * version copied from the active one, and the old one stays as it was signed (superseded), so the history shows
 * what the participant agreed to and when. The three signatures live on the version they sign; the next review
 * day is stored so the due list pages in the database.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 2000;
    public static final int REASON_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanStatus status = PlanStatus.DRAFT;

    @Size(max = TEXT_MAX, message = "{plan.text.size}")
    @Column(length = TEXT_MAX)
    private String strengths;

    @Size(max = TEXT_MAX, message = "{plan.text.size}")
    @Column(length = TEXT_MAX)
    private String preferences;

    @Size(max = TEXT_MAX, message = "{plan.text.size}")
    @Column(name = "discharge_criteria", length = TEXT_MAX)
    private String dischargeCriteria;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Size(max = 500, message = "{plan.reason.size}")
    @Column(name = "amendment_reason", length = 500)
    private String amendmentReason;

    @Size(max = REASON_MAX, message = "{plan.reason.size}")
    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    @Column(name = "overridden_findings", length = TEXT_MAX)
    private String overriddenFindings;

    @Convert(converter = InstantConverter.class)
    @Column(name = "participant_signed_at")
    private Instant participantSignedAt;

    @Column(name = "participant_signed_by", length = 60)
    private String participantSignedBy;

    @Column(name = "guardian_name", length = 120)
    private String guardianName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinician_staff_id")
    private StaffMember clinicianStaff;

    @Convert(converter = InstantConverter.class)
    @Column(name = "clinician_signed_at")
    private Instant clinicianSignedAt;

    @Column(name = "clinician_signed_by", length = 60)
    private String clinicianSignedBy;

    @Column(name = "supervisor_required", nullable = false)
    private boolean supervisorRequired;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_staff_id")
    private StaffMember supervisorStaff;

    @Convert(converter = InstantConverter.class)
    @Column(name = "supervisor_signed_at")
    private Instant supervisorSignedAt;

    @Column(name = "supervisor_signed_by", length = 60)
    private String supervisorSignedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    /** Touched by every content change, so that the plan's version moves when only its problems changed. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Valid
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<PlanProblem> problems = new ArrayList<>();

    public TreatmentPlan() {
    }

    public TreatmentPlan(Episode episode, int versionNumber, String createdBy, Instant createdAt) {
        this.episode = episode;
        this.siteId = episode.owningSiteId();
        this.versionNumber = versionNumber;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    /**
     * Takes over another plan's content (fields, problems and everything below them) as new rows in this plan's
     * order; signatures, status and dates of signing are not content.
     */
    public void copyContentFrom(TreatmentPlan other, Instant now) {
        strengths = strip(other.strengths);
        preferences = strip(other.preferences);
        dischargeCriteria = strip(other.dischargeCriteria);
        effectiveDate = other.effectiveDate;
        problems.clear();
        int position = 0;
        for (PlanProblem source : other.problems) {
            PlanProblem problem = new PlanProblem(this, ++position);
            problem.copyFrom(source);
            problems.add(problem);
        }
        updatedAt = now;
    }

    /** Drops the signatures collected so far (the content they signed changed) and goes back to draft. */
    public void clearSignatures() {
        participantSignedAt = null;
        participantSignedBy = null;
        guardianName = null;
        clinicianStaff = null;
        clinicianSignedAt = null;
        clinicianSignedBy = null;
        supervisorRequired = false;
        supervisorStaff = null;
        supervisorSignedAt = null;
        supervisorSignedBy = null;
        overrideReason = null;
        overriddenFindings = null;
        status = PlanStatus.DRAFT;
    }

    public void signAsParticipant(String by, String guardian, Instant at) {
        participantSignedBy = by;
        guardianName = guardian;
        participantSignedAt = at;
    }

    public void signAsClinician(StaffMember staff, boolean needsSupervisor, String by, Instant at) {
        clinicianStaff = staff;
        supervisorRequired = needsSupervisor;
        supervisorStaff = needsSupervisor ? staff.getSupervisor() : null;
        clinicianSignedBy = by;
        clinicianSignedAt = at;
    }

    /** The supervisor who signed (the clinician's supervisor on the staff record at that moment). */
    public void signAsSupervisor(StaffMember supervisor, String by, Instant at) {
        supervisorStaff = supervisor;
        supervisorSignedBy = by;
        supervisorSignedAt = at;
    }

    public void overrideFindings(String reason, String findings) {
        overrideReason = reason;
        overriddenFindings = findings;
    }

    /** Every signature the version needs is there. */
    public boolean isFullySigned() {
        return participantSignedAt != null && clinicianSignedAt != null && (!supervisorRequired || supervisorSignedAt != null);
    }

    public boolean isSigned(SignatureRole role) {
        return switch (role) {
            case PARTICIPANT -> participantSignedAt != null;
            case CLINICIAN -> clinicianSignedAt != null;
            case SUPERVISOR -> supervisorSignedAt != null;
        };
    }

    public void activate(LocalDate on, LocalDate nextReview) {
        status = PlanStatus.ACTIVE;
        signedOn = on;
        if (effectiveDate == null) {
            effectiveDate = on;
        }
        reviewDue = nextReview;
    }

    public void awaitSignatures() {
        status = PlanStatus.AWAITING_SIGNATURES;
    }

    public void supersede() {
        status = PlanStatus.SUPERSEDED;
        reviewDue = null;
    }

    public void close() {
        status = PlanStatus.CLOSED;
        reviewDue = null;
    }

    public void reviewed(LocalDate on, LocalDate nextReview) {
        lastReviewedOn = on;
        reviewDue = nextReview;
    }

    /** An amendment carries the review day of the version it amends until it is signed. */
    public void amends(TreatmentPlan active, String reason, Instant now) {
        copyContentFrom(active, now);
        effectiveDate = null;
        reviewDue = active.reviewDue;
        lastReviewedOn = active.lastReviewedOn;
        amendmentReason = reason;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Episode getEpisode() {
        return episode;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getPreferences() {
        return preferences;
    }

    public void setPreferences(String preferences) {
        this.preferences = preferences;
    }

    public String getDischargeCriteria() {
        return dischargeCriteria;
    }

    public void setDischargeCriteria(String dischargeCriteria) {
        this.dischargeCriteria = dischargeCriteria;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenFindings() {
        return overriddenFindings;
    }

    public Instant getParticipantSignedAt() {
        return participantSignedAt;
    }

    public String getParticipantSignedBy() {
        return participantSignedBy;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public StaffMember getClinicianStaff() {
        return clinicianStaff;
    }

    public Instant getClinicianSignedAt() {
        return clinicianSignedAt;
    }

    public String getClinicianSignedBy() {
        return clinicianSignedBy;
    }

    public boolean isSupervisorRequired() {
        return supervisorRequired;
    }

    public StaffMember getSupervisorStaff() {
        return supervisorStaff;
    }

    public Instant getSupervisorSignedAt() {
        return supervisorSignedAt;
    }

    public String getSupervisorSignedBy() {
        return supervisorSignedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PlanProblem> getProblems() {
        return problems;
    }
}
