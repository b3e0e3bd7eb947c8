package org.iopmanager.site.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.security.entity.AppUser;

/**
 * The plan of correction of one finding: what will be done, by whom, by when, and the evidence of standards
 * compliance once done. Overdue is derived, never stored: the due date has come in the site's time zone and
 * the plan is not yet accepted or closed.
 */
@Entity
@Table(name = "correction")
public class Correction extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int ACTIONS_MAX = 4000;
    public static final int EVIDENCE_NOTE_MAX = 2000;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id", nullable = false, updatable = false, unique = true)
    private Finding finding;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @NotBlank(message = "{correction.actions.required}")
    @Size(max = ACTIONS_MAX, message = "{correction.actions.size}")
    @Column(nullable = false, length = ACTIONS_MAX)
    private String actions;

    @NotNull(message = "{correction.owner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_user_id", nullable = false)
    private AppUser owner;

    @NotNull(message = "{correction.dueDate.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @NotNull(message = "{correction.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionStatus status = CorrectionStatus.OPEN;

    @Size(max = EVIDENCE_NOTE_MAX, message = "{correction.evidenceNote.size}")
    @Column(name = "evidence_note", length = EVIDENCE_NOTE_MAX)
    private String evidenceNote;

    public Correction() {
    }

    public Correction(Finding finding) {
        this.finding = finding;
        this.site = finding.getSite();
    }

    /** Links the finding back to this plan once it is persisted (before, a flush would meet an unsaved plan). */
    public void linkToFinding() {
        finding.setCorrection(this);
    }

    @Override
    public Long owningSiteId() {
        return site == null ? null : site.getId();
    }

    /** Overdue on {@code today} (the site's date): due before today and not yet accepted or closed. */
    public boolean isOverdueOn(LocalDate today) {
        return dueDate != null && status != null && !status.isDone() && dueDate.isBefore(today);
    }

    public Finding getFinding() {
        return finding;
    }

    public Site getSite() {
        return site;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = Survey.blankToNull(actions);
    }

    public AppUser getOwner() {
        return owner;
    }

    public void setOwner(AppUser owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public void setStatus(CorrectionStatus status) {
        this.status = status;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = Survey.blankToNull(evidenceNote);
    }
}
