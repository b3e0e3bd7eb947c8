package org.iopmanager.site.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.site.boundary.Accreditations;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.boundary.Surveys;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.Site;
import org.iopmanager.site.entity.Survey;

/** A survey: a new one for a site ({@code ?site=}) or an existing one ({@code ?id=}) with its findings. */
@Named("survey")
@ViewScoped
public class SurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    Accreditations accreditations;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private Long siteId;
    private Site site;
    private Survey survey;
    private Long bodyId;
    private Long recordId;
    private List<AccreditingBody> bodies;
    private List<AccreditationRecord> records;
    private List<Finding> findings = List.of();

    public void load() {
        actions.loadOrNotFound(this::loadSurvey);
    }

    private void loadSurvey() {
        bodies = accreditations.bodies();
        if (id == null) {
            site = sites.find(siteId);
            survey = new Survey();
        } else {
            survey = surveys.find(id);
            site = sites.find(survey.owningSiteId());
            bodyId = survey.getBody().getId();
            recordId = survey.getRecord() == null ? null : survey.getRecord().getId();
            findings = surveys.findings(id);
        }
        siteId = site.getId();
        records = accreditations.forSite(siteId);
    }

    public String save() {
        survey.setBody(bodies.stream().filter(b -> b.getId().equals(bodyId)).findFirst().orElse(null));
        survey.setRecord(records.stream().filter(r -> r.getId().equals(recordId)).findFirst().orElse(null));
        boolean created = survey.isNew();
        boolean ok = actions.attemptOnceIf(created, "form", () -> survey = created ? surveys.create(siteId, survey)
                : surveys.update(survey.getId(), survey.getVersion(), survey));
        if (!ok) {
            return null;
        }
        messages.info(created ? "survey.created" : "app.saved", survey.getBody().getName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/site/survey?faces-redirect=true&id=" + survey.getId();
    }

    /** Today at the survey's site, for the overdue state of its plans. */
    public java.time.LocalDate getToday() {
        return site == null ? null : java.time.LocalDate.now(site.zone());
    }

    public long getOpenFindings() {
        return findings.stream().filter(Finding::isOpen).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Site getSite() {
        return site;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public List<AccreditingBody> getBodies() {
        return bodies;
    }

    public List<AccreditationRecord> getRecords() {
        return records;
    }

    public List<Finding> getFindings() {
        return findings;
    }
}
