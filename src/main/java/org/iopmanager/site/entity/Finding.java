package org.iopmanager.site.entity;

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

/**
 * One deficiency a survey found against a standard (e.g. "CTS.03.01.03 EP 1", or CARF "2.B.4.a"). It stays
 * open until its plan of correction is accepted or closed. Carries its site so that scope checks and the
 * audit trail need no join.
 */
@Entity
@Table(name = "finding")
public class Finding extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int STANDARD_REF_MAX = 60;
    public static final int TEXT_MAX = 4000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private Survey survey;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @Size(max = STANDARD_REF_MAX, message = "{finding.standardRef.size}")
    @Column(name = "standard_ref", length = STANDARD_REF_MAX)
    private String standardRef;

    @NotBlank(message = "{finding.text.required}")
    @Size(max = TEXT_MAX, message = "{finding.text.size}")
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @NotNull(message = "{finding.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingLevel level;

    @OneToOne(mappedBy = "finding", fetch = FetchType.LAZY)
    private Correction correction;

    public Finding() {
    }

    public Finding(Survey survey) {
        this.survey = survey;
        this.site = survey.getSite();
    }

    @Override
    public Long owningSiteId() {
        return site == null ? null : site.getId();
    }

    /** Open while its plan of correction is missing or not yet accepted or closed. */
    public boolean isOpen() {
        return correction == null || !correction.getStatus().isDone();
    }

    public Survey getSurvey() {
        return survey;
    }

    public Site getSite() {
        return site;
    }

    public String getStandardRef() {
        return standardRef;
    }

    public void setStandardRef(String standardRef) {
        this.standardRef = Survey.blankToNull(standardRef);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = Survey.blankToNull(text);
    }

    public FindingLevel getLevel() {
        return level;
    }

    public void setLevel(FindingLevel level) {
        this.level = level;
    }

    public Correction getCorrection() {
        return correction;
    }

    void setCorrection(Correction correction) {
        this.correction = correction;
    }
}
