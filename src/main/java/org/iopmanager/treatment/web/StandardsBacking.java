package org.iopmanager.treatment.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.treatment.boundary.CareStandards;
import org.iopmanager.treatment.control.CareStandard;
import org.iopmanager.treatment.entity.CareSettings;

/**
 * A site's care standard, kept by administrators: weekly minimums entered in hours (stored in minutes, so 7.5
 * hours is exact), due days; an empty field follows the provider default shown beside it.
 */
@Named("careStandards")
@ViewScoped
public class StandardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    @Inject
    CareStandards standards;

    @Inject
    Sites sites;

    @Inject
    CurrentUser currentUser;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long siteId;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    private CareSettings settings;
    private CareStandard defaults;
    private BigDecimal adultHours;
    private BigDecimal adolescentHours;
    private BigDecimal asam25Hours;
    private BigDecimal asam10Hours;

    public void load() {
        if (siteId == null && !getSiteChoices().isEmpty()) {
            siteId = getSiteChoices().get(0).getId();
        }
        actions.loadOrNotFound(this::read);
    }

    public void read() {
        if (siteId == null) {
            return;
        }
        defaults = standards.defaults();
        settings = standards.settings(siteId);
        adultHours = hours(settings.getAsam21AdultMinutes());
        adolescentHours = hours(settings.getAsam21AdolescentMinutes());
        asam25Hours = hours(settings.getAsam25Minutes());
        asam10Hours = hours(settings.getAsam10Minutes());
    }

    public void save() {
        settings.setAsam21AdultMinutes(minutes(adultHours));
        settings.setAsam21AdolescentMinutes(minutes(adolescentHours));
        settings.setAsam25Minutes(minutes(asam25Hours));
        settings.setAsam10Minutes(minutes(asam10Hours));
        if (actions.attempt("form", () -> settings = standards.save(siteId, settings.getVersion(), settings))) {
            messages.info("app.saved");
            read();
        }
    }

    public boolean isEditor() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN;
    }

    public String hoursOf(int minutes) {
        return org.iopmanager.treatment.control.WeeklyHours.hours(minutes);
    }

    private static BigDecimal hours(Integer minutes) {
        if (minutes == null) {
            return null;
        }
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    private static Integer minutes(BigDecimal hours) {
        return hours == null ? null : hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public CareSettings getSettings() {
        return settings;
    }

    public CareStandard getDefaults() {
        return defaults;
    }

    public BigDecimal getAdultHours() {
        return adultHours;
    }

    public void setAdultHours(BigDecimal adultHours) {
        this.adultHours = adultHours;
    }

    public BigDecimal getAdolescentHours() {
        return adolescentHours;
    }

    public void setAdolescentHours(BigDecimal adolescentHours) {
        this.adolescentHours = adolescentHours;
    }

    public BigDecimal getAsam25Hours() {
        return asam25Hours;
    }

    public void setAsam25Hours(BigDecimal asam25Hours) {
        this.asam25Hours = asam25Hours;
    }

    public BigDecimal getAsam10Hours() {
        return asam10Hours;
    }

    public void setAsam10Hours(BigDecimal asam10Hours) {
        this.asam10Hours = asam10Hours;
    }
}
