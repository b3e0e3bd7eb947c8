package org.iopmanager.staff.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.staff.control.CredentialStatusRule;

/**
 * A licence, certification, registration or insurance of a staff member. Its status is derived from its dates
 * and its latest primary-source verification ({@link CredentialStatusRule}); the latest outcome and date are
 * copied here so that the work list can filter and sort in the database. {@link #getAttentionDate()} is the
 * day the credential blocks (or blocked) its holder: the work list is everything whose attention date falls
 * within the horizon, most overdue first. A change of number, expiry, state or type after a verification
 * needs a new verification (a renewal is not verified by the old look-up).
 */
@Entity
@Table(name = "credential")
public class Credential extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_MAX = 40;
    public static final int ISSUER_MAX = 120;
    public static final int RESTRICTIONS_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffMember staff;

    @NotNull(message = "{credential.type.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private CredentialType type;

    @NotNull(message = "{credential.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CredentialKind kind;

    @NotBlank(message = "{credential.number.required}")
    @Size(max = NUMBER_MAX, message = "{credential.number.size}")
    @Column(nullable = false, length = NUMBER_MAX)
    private String number;

    @NotBlank(message = "{credential.issuer.required}")
    @Size(max = ISSUER_MAX, message = "{credential.issuer.size}")
    @Column(nullable = false, length = ISSUER_MAX)
    private String issuer;

    @Pattern(regexp = "([A-Z]{2})?", message = "{credential.state.pattern}")
    @Column(length = 2)
    private String state;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Size(max = RESTRICTIONS_MAX, message = "{credential.restrictions.size}")
    @Column(length = RESTRICTIONS_MAX)
    private String restrictions;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "verified_outcome", length = 30)
    private VerificationOutcome verifiedOutcome;

    @Column(name = "needs_reverification", nullable = false)
    private boolean needsReverification;

    @AuditIgnored
    @Column(name = "attention_date", nullable = false)
    private LocalDate attentionDate;

    @AuditIgnored
    @Column(name = "attention_limit_days", nullable = false)
    private int attentionLimitDays;

    @Column(name = "claimed_by", length = 60)
    private String claimedBy;

    @AuditIgnored
    @Convert(converter = InstantConverter.class)
    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public Credential() {
    }

    public Credential(StaffMember staff, Instant createdAt) {
        this.staff = staff;
        this.createdAt = createdAt;
    }

    /**
     * Copies what a person may type. A change to what the source vouched for (type, number, state, expiry) of a
     * verified credential asks for a new verification.
     */
    public void copyDetailsFrom(Credential other) {
        boolean vouchedChanged = !Objects.equals(type, other.type) || !Objects.equals(number, trim(other.number))
                || !Objects.equals(state, trim(other.state)) || !Objects.equals(expiryDate, other.expiryDate);
        type = other.type;
        kind = other.type == null ? other.kind : other.type.getKind();
        number = trim(other.number);
        issuer = trim(other.issuer);
        state = trim(other.state);
        issueDate = other.issueDate;
        expiryDate = other.expiryDate;
        restrictions = trim(other.restrictions);
        if (vouchedChanged && verifiedOutcome != null) {
            needsReverification = true;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Takes in a new latest verification. */
    public void verified(Verification verification) {
        verifiedOn = verification.getVerifiedOn();
        verifiedOutcome = verification.getOutcome();
        needsReverification = false;
        claimedBy = null;
        claimedAt = null;
    }

    public CredentialStatus statusOn(CredentialStatusRule rule, LocalDate day) {
        CredentialStatus status = rule.statusOn(expiryDate, verifiedOutcome, verifiedOn, day);
        if (needsReverification && status.countsAsVerified()) {
            return CredentialStatus.PENDING_VERIFICATION;
        }
        return status;
    }

    /** Why this credential is on the work list on a day, or null when it is not. */
    public WorkReason workReasonOn(CredentialStatusRule rule, LocalDate day) {
        CredentialStatus status = statusOn(rule, day);
        switch (status) {
            case SUSPENDED_OR_REVOKED, RESTRICTED, DISCREPANCY:
                return WorkReason.PROBLEM;
            case EXPIRED:
                return WorkReason.EXPIRED;
            case PENDING_VERIFICATION:
                if (verifiedOutcome == null) {
                    return WorkReason.NEW;
                }
                return needsReverification ? WorkReason.RENEWED : WorkReason.VERIFICATION_EXPIRED;
            default:
                return attentionDate != null && !attentionDate.isAfter(day.plusDays(rule.expiringHorizonDays()))
                        ? WorkReason.EXPIRING : null;
        }
    }

    /**
     * Recomputes the day this credential blocks its holder. {@code changedOn} is the day of the current change
     * (creation or renewal), the day from which a never- or no-longer-verified credential has been waiting.
     */
    public void refreshAttention(CredentialStatusRule rule, LocalDate changedOn) {
        LocalDate blocks;
        if (verifiedOutcome != null && verifiedOutcome != VerificationOutcome.VERIFIED) {
            blocks = verifiedOn;
        } else if (verifiedOutcome == null || needsReverification) {
            blocks = attentionDate == null || changedOn.isBefore(attentionDate) ? changedOn : attentionDate;
        } else {
            blocks = rule.verificationValidThrough(verifiedOn).plusDays(1);
        }
        if (expiryDate != null && expiryDate.isBefore(blocks)) {
            blocks = expiryDate;
        }
        attentionDate = blocks;
        attentionLimitDays = rule.verificationMaxAgeDays();
    }

    public void claim(String username, Instant at) {
        claimedBy = username;
        claimedAt = at;
    }

    public void release() {
        claimedBy = null;
        claimedAt = null;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public CredentialType getType() {
        return type;
    }

    public void setType(CredentialType type) {
        this.type = type;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public void setKind(CredentialKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public String getRestrictions() {
        return restrictions;
    }

    public void setRestrictions(String restrictions) {
        this.restrictions = restrictions;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public VerificationOutcome getVerifiedOutcome() {
        return verifiedOutcome;
    }

    public boolean isNeedsReverification() {
        return needsReverification;
    }

    public LocalDate getAttentionDate() {
        return attentionDate;
    }

    public int getAttentionLimitDays() {
        return attentionLimitDays;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
