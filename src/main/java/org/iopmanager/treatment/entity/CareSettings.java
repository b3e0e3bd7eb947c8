package org.iopmanager.treatment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.treatment.control.CareStandard;

/**
 * A site's own care standard: each value left empty follows the provider-wide default. A state may ask for an
 * initial plan sooner, or a payer for more hours, at one site only.
 */
@Entity
@Table(name = "care_settings")
public class CareSettings extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @Column(name = "site_id", nullable = false, updatable = false, unique = true)
    private Long siteId;

    @Min(value = 1, message = "{care.days.range}")
    @Max(value = 365, message = "{care.days.range}")
    @Column(name = "first_plan_days")
    private Integer firstPlanDays;

    @Min(value = 1, message = "{care.days.range}")
    @Max(value = 365, message = "{care.days.range}")
    @Column(name = "review_days")
    private Integer reviewDays;

    @Min(value = 0, message = "{care.minutes.range}")
    @Max(value = 2400, message = "{care.minutes.range}")
    @Column(name = "asam21_adult_minutes")
    private Integer asam21AdultMinutes;

    @Min(value = 0, message = "{care.minutes.range}")
    @Max(value = 2400, message = "{care.minutes.range}")
    @Column(name = "asam21_adolescent_minutes")
    private Integer asam21AdolescentMinutes;

    @Min(value = 0, message = "{care.minutes.range}")
    @Max(value = 2400, message = "{care.minutes.range}")
    @Column(name = "asam25_minutes")
    private Integer asam25Minutes;

    @Min(value = 0, message = "{care.minutes.range}")
    @Max(value = 2400, message = "{care.minutes.range}")
    @Column(name = "asam10_minutes")
    private Integer asam10Minutes;

    public CareSettings() {
    }

    public CareSettings(Long siteId) {
        this.siteId = siteId;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    /** This site's standard: its own values where set, the defaults elsewhere. */
    public CareStandard over(CareStandard defaults) {
        return new CareStandard(or(firstPlanDays, defaults.firstPlanDays()), or(reviewDays, defaults.reviewDays()),
                or(asam21AdultMinutes, defaults.asam21AdultMinutes()),
                or(asam21AdolescentMinutes, defaults.asam21AdolescentMinutes()),
                or(asam25Minutes, defaults.asam25Minutes()), or(asam10Minutes, defaults.asam10Minutes()));
    }

    public void copyFrom(CareSettings other) {
        firstPlanDays = other.firstPlanDays;
        reviewDays = other.reviewDays;
        asam21AdultMinutes = other.asam21AdultMinutes;
        asam21AdolescentMinutes = other.asam21AdolescentMinutes;
        asam25Minutes = other.asam25Minutes;
        asam10Minutes = other.asam10Minutes;
    }

    private static int or(Integer own, int fallback) {
        return own == null ? fallback : own;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Integer getFirstPlanDays() {
        return firstPlanDays;
    }

    public void setFirstPlanDays(Integer firstPlanDays) {
        this.firstPlanDays = firstPlanDays;
    }

    public Integer getReviewDays() {
        return reviewDays;
    }

    public void setReviewDays(Integer reviewDays) {
        this.reviewDays = reviewDays;
    }

    public Integer getAsam21AdultMinutes() {
        return asam21AdultMinutes;
    }

    public void setAsam21AdultMinutes(Integer asam21AdultMinutes) {
        this.asam21AdultMinutes = asam21AdultMinutes;
    }

    public Integer getAsam21AdolescentMinutes() {
        return asam21AdolescentMinutes;
    }

    public void setAsam21AdolescentMinutes(Integer asam21AdolescentMinutes) {
        this.asam21AdolescentMinutes = asam21AdolescentMinutes;
    }

    public Integer getAsam25Minutes() {
        return asam25Minutes;
    }

    public void setAsam25Minutes(Integer asam25Minutes) {
        this.asam25Minutes = asam25Minutes;
    }

    public Integer getAsam10Minutes() {
        return asam10Minutes;
    }

    public void setAsam10Minutes(Integer asam10Minutes) {
        this.asam10Minutes = asam10Minutes;
    }
}
