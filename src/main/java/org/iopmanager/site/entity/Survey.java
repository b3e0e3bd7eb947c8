package org.iopmanager.site.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
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
import org.iopmanager.platform.entity.SiteOwned;

/**
 * One visit of a body to a site, usually of one accreditation record. The written report arrives weeks
 * later, and the body's deadlines for plans of correction count from that report date, not the visit.
 */
@Entity
@Table(name = "survey")
public class Survey extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int SURVEYORS_MAX = 500;
    public static final int OUTCOME_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @NotNull(message = "{survey.body.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private AccreditingBody body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "record_id")
    private AccreditationRecord record;

    @NotNull(message = "{survey.surveyDate.required}")
    @Column(name = "survey_date", nullable = false)
    private LocalDate surveyDate;

    @NotNull(message = "{survey.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SurveyType type;

    @Size(max = SURVEYORS_MAX, message = "{survey.surveyors.size}")
    @Column(length = SURVEYORS_MAX)
    private String surveyors;

    @Size(max = OUTCOME_MAX, message = "{survey.outcome.size}")
    @Column(length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "report_date")
    private LocalDate reportDate;

    public Survey() {
    }

    public Survey(Site site) {
        this.site = site;
    }

    @Override
    public Long owningSiteId() {
        return site == null ? null : site.getId();
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

    public AccreditationRecord getRecord() {
        return record;
    }

    public void setRecord(AccreditationRecord record) {
        this.record = record;
    }

    public LocalDate getSurveyDate() {
        return surveyDate;
    }

    public void setSurveyDate(LocalDate surveyDate) {
        this.surveyDate = surveyDate;
    }

    public SurveyType getType() {
        return type;
    }

    public void setType(SurveyType type) {
        this.type = type;
    }

    public String getSurveyors() {
        return surveyors;
    }

    public void setSurveyors(String surveyors) {
        this.surveyors = blankToNull(surveyors);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = blankToNull(outcome);
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public void setReportDate(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
