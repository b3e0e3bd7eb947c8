package org.iopmanager.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.staff.boundary.Credentials;
import org.iopmanager.staff.boundary.StaffFilter;
import org.iopmanager.staff.boundary.StaffMembers;
import org.iopmanager.staff.control.DisciplineChoice;
import org.iopmanager.staff.entity.CredentialingState;
import org.iopmanager.staff.entity.StaffMember;

/** The staff list: paged, sorted and filtered in the database, within the caller's sites. */
@Named("staffList")
@ViewScoped
public class StaffListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffMembers service;

    @Inject
    Credentials credentials;

    @Inject
    Sites sites;

    @StorableText
    private String text;
    private Long siteId;
    private Long disciplineId;
    private Boolean active = Boolean.TRUE;
    private boolean excludedOnly;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    private List<DisciplineChoice> disciplines;

    private final PagedList<StaffMember> model = new PagedList<>(() -> service.count(filter()),
            (first, pageSize, order) -> service.search(filter(), first, pageSize, order), StaffMember::getId);

    private StaffFilter filter() {
        return new StaffFilter(text, siteId, disciplineId, active, excludedOnly);
    }

    public CredentialingState stateOf(StaffMember staff) {
        return staff.credentialingOn(credentials.todayFor(staff));
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public List<DisciplineChoice> getDisciplines() {
        if (disciplines == null) {
            disciplines = service.disciplines();
        }
        return disciplines;
    }

    public PagedList<StaffMember> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getDisciplineId() {
        return disciplineId;
    }

    public void setDisciplineId(Long disciplineId) {
        this.disciplineId = disciplineId;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public boolean isExcludedOnly() {
        return excludedOnly;
    }

    public void setExcludedOnly(boolean excludedOnly) {
        this.excludedOnly = excludedOnly;
    }
}
