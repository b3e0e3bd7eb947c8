package org.iopmanager.staff.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;

/**
 * An initial credentialing or recredentialing decision. Recredentialing falls due a fixed number of months after
 * the decision date (NCQA: 36, no grace period); the practitioner must be notified within 30 days.
 */
@Entity
@Table(name = "credentialing_decision")
public class CredentialingDecision extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int CONDITIONS_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffMember staff;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionKind kind;

    @NotNull(message = "{decision.outcome.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionOutcome outcome;

    @NotNull(message = "{decision.decidedOn.required}")
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false, length = 60)
    private String decidedBy;

    @Size(max = CONDITIONS_MAX, message = "{decision.conditions.size}")
    @Column(length = CONDITIONS_MAX)
    private String conditions;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "recredential_due", nullable = false)
    private LocalDate recredentialDue;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public CredentialingDecision() {
    }

    public CredentialingDecision(StaffMember staff, DecisionKind kind, String decidedBy, Instant recordedAt) {
        this.staff = staff;
        this.kind = kind;
        this.decidedBy = decidedBy;
        this.recordedAt = recordedAt;
    }

    public void copyDetailsFrom(CredentialingDecision other) {
        outcome = other.outcome;
        decidedOn = other.decidedOn;
        conditions = other.conditions == null || other.conditions.isBlank() ? null : other.conditions.strip();
        notifiedOn = other.notifiedOn;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(LocalDate notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public LocalDate getRecredentialDue() {
        return recredentialDue;
    }

    public void setRecredentialDue(LocalDate recredentialDue) {
        this.recredentialDue = recredentialDue;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
