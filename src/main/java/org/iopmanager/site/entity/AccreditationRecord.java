package org.iopmanager.site.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * One accreditation, licence or certification of a site by one body, for some programmes. A renewal is a new
 * record that supersedes the old one, which stays as history: at most one current record per site, body and
 * programme. Expiry is a {@link LocalDate}, read in the site's time zone.
 */
@Entity
@Table(name = "accreditation_record")
public class AccreditationRecord extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_MAX = 60;
    public static final int NOTES_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    /** The same column, read without loading the site (the readiness matrix groups a page's records by it, issue 7). */
    @Column(name = "site_id", insertable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{record.body.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private AccreditingBody body;

    @NotNull(message = "{record.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecordKind kind;

    @Size(max = NUMBER_MAX, message = "{record.number.size}")
    @Column(length = NUMBER_MAX)
    private String number;

    @NotNull(message = "{record.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecordStatus status;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_length", length = 30)
    private AwardLength awardLength;

    @Column(name = "last_survey_date")
    private LocalDate lastSurveyDate;

    @Column(name = "next_survey_from")
    private LocalDate nextSurveyFrom;

    @Column(name = "next_survey_to")
    private LocalDate nextSurveyTo;

    @Size(max = NOTES_MAX, message = "{record.notes.size}")
    @Column(length = NOTES_MAX)
    private String notes;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private AccreditationRecord supersededBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accreditation_programme", joinColumns = @JoinColumn(name = "record_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "programme", length = 30)
    private Set<Programme> programmes = EnumSet.noneOf(Programme.class);

    public AccreditationRecord() {
    }

    public AccreditationRecord(Site site, Instant createdAt) {
        this.site = site;
        this.createdAt = createdAt;
    }

    @Override
    public Long owningSiteId() {
        if (siteId != null) {
            return siteId;
        }
        return site == null ? null : site.getId();
    }

    /** The status on {@code today} (the site's date): a record in force is expired from its expiry date on. */
    public RecordStatus statusOn(LocalDate today) {
        if (status.inForce() && expiryDate != null && !today.isBefore(expiryDate)) {
            return RecordStatus.EXPIRED;
        }
        return status;
    }

    /** Days from {@code today} to the expiry date (negative once expired), or null without one. */
    public Long daysToExpiry(LocalDate today) {
        return expiryDate == null ? null : ChronoUnit.DAYS.between(today, expiryDate);
    }

    public boolean isCurrent() {
        return supersededBy == null && !RecordStatus.ENDED.contains(status);
    }

    public void supersedeBy(AccreditationRecord renewal) {
        this.supersededBy = renewal;
    }

    public boolean coversAny(Set<Programme> others) {
        return others.stream().anyMatch(programmes::contains);
    }

    public Site getSite() {
        return site;
    }

    public AccreditingBody getBody() {
        return body;
    }

    public void setBody(AccreditingBody body) {
        this.body = body;
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.trim();
    }

    public RecordStatus getStatus() {
        return status;
    }

    public void setStatus(RecordStatus status) {
        this.status = status;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public AwardLength getAwardLength() {
        return awardLength;
    }

    public void setAwardLength(AwardLength awardLength) {
        this.awardLength = awardLength;
    }

    public LocalDate getLastSurveyDate() {
        return lastSurveyDate;
    }

    public void setLastSurveyDate(LocalDate lastSurveyDate) {
        this.lastSurveyDate = lastSurveyDate;
    }

    public LocalDate getNextSurveyFrom() {
        return nextSurveyFrom;
    }

    public void setNextSurveyFrom(LocalDate nextSurveyFrom) {
        this.nextSurveyFrom = nextSurveyFrom;
    }

    public LocalDate getNextSurveyTo() {
        return nextSurveyTo;
    }

    public void setNextSurveyTo(LocalDate nextSurveyTo) {
        this.nextSurveyTo = nextSurveyTo;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public AccreditationRecord getSupersededBy() {
        return supersededBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Programme> getProgrammes() {
        return programmes;
    }

    public void setProgrammes(Set<Programme> programmes) {
        this.programmes = programmes.isEmpty() ? EnumSet.noneOf(Programme.class) : EnumSet.copyOf(programmes);
    }
}
