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
 * One primary-source verification of a credential: what source was asked, how, when, by whom, and what it
 * said. Verifications are history: recorded once and never edited; a mistake is corrected by a newer one.
 */
@Entity
@Table(name = "verification")
public class Verification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int REFERENCE_MAX = 200;
    public static final int NOTE_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "credential_id", nullable = false, updatable = false)
    private Credential credential;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffMember staff;

    @NotNull(message = "{verification.source.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private VerificationSource source;

    @NotNull(message = "{verification.method.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private VerificationMethod method;

    @NotNull(message = "{verification.verifiedOn.required}")
    @Column(name = "verified_on", nullable = false, updatable = false)
    private LocalDate verifiedOn;

    @Column(name = "verified_by", nullable = false, length = 60, updatable = false)
    private String verifiedBy;

    @NotNull(message = "{verification.outcome.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private VerificationOutcome outcome;

    @Size(max = REFERENCE_MAX, message = "{verification.reference.size}")
    @Column(length = REFERENCE_MAX, updatable = false)
    private String reference;

    @Size(max = NOTE_MAX, message = "{verification.note.size}")
    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public Verification() {
    }

    public Verification(Credential credential, String verifiedBy, Instant recordedAt) {
        this.credential = credential;
        this.staff = credential.getStaff();
        this.verifiedBy = verifiedBy;
        this.recordedAt = recordedAt;
    }

    public void copyDetailsFrom(Verification other) {
        source = other.source;
        method = other.method;
        verifiedOn = other.verifiedOn;
        outcome = other.outcome;
        reference = other.reference == null || other.reference.isBlank() ? null : other.reference.strip();
        note = other.note == null || other.note.isBlank() ? null : other.note.strip();
    }

    public Credential getCredential() {
        return credential;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public VerificationSource getSource() {
        return source;
    }

    public void setSource(VerificationSource source) {
        this.source = source;
    }

    public VerificationMethod getMethod() {
        return method;
    }

    public void setMethod(VerificationMethod method) {
        this.method = method;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public VerificationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(VerificationOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
