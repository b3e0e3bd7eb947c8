package org.iopmanager.site.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.site.boundary.Accreditations;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.Site;

/**
 * An accreditation record: a new one for a site ({@code ?site=}), an existing one ({@code ?id=}), or the
 * renewal of an existing one ({@code ?id=&renew=true}), which starts from a copy of it.
 */
@Named("record")
@ViewScoped
public class RecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private boolean renew;
    private Site site;
    private AccreditationRecord record;
    private AccreditationRecord original;
    private Long bodyId;
    private List<Programme> programmes = new ArrayList<>();
    private List<AccreditingBody> bodies;

    public void load() {
        actions.loadOrNotFound(this::loadRecord);
    }

    private void loadRecord() {
        bodies = accreditations.bodies();
        if (id == null) {
            site = sites.find(siteId);
            record = new AccreditationRecord();
            return;
        }
        original = accreditations.find(id);
        site = sites.find(original.owningSiteId());
        siteId = site.getId();
        bodyId = original.getBody().getId();
        programmes = new ArrayList<>(original.getProgrammes());
        record = renew ? copyForRenewal(original) : original;
    }

    public String save() {
        record.setBody(bodies.stream().filter(b -> b.getId().equals(bodyId)).findFirst().orElse(null));
        record.setProgrammes(programmes.isEmpty() ? EnumSet.noneOf(Programme.class) : EnumSet.copyOf(programmes));
        boolean ok = actions.attemptOnceIf(renew || record.isNew(), "form", () -> record = renew
                ? accreditations.renew(original.getId(), original.getVersion(), record)
                : record.isNew() ? accreditations.create(siteId, record)
                : accreditations.update(record.getId(), record.getVersion(), record));
        if (!ok) {
            return null;
        }
        messages.info(renew ? "record.renewed" : "app.saved", record.getBody().getName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/site/site?faces-redirect=true&id=" + siteId;
    }

    private static AccreditationRecord copyForRenewal(AccreditationRecord old) {
        AccreditationRecord copy = new AccreditationRecord();
        copy.setBody(old.getBody());
        copy.setKind(old.getKind());
        copy.setNumber(old.getNumber());
        copy.setAwardLength(old.getAwardLength());
        copy.setLastSurveyDate(old.getLastSurveyDate());
        copy.setStatus(old.getStatus());
        copy.setProgrammes(old.getProgrammes());
        return copy;
    }

    public boolean isEditable() {
        return original == null || renew || original.isCurrent();
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

    public boolean isRenew() {
        return renew;
    }

    public void setRenew(boolean renew) {
        this.renew = renew;
    }

    public Site getSite() {
        return site;
    }

    public AccreditationRecord getRecord() {
        return record;
    }

    public AccreditationRecord getOriginal() {
        return original;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public void setProgrammes(List<Programme> programmes) {
        this.programmes = programmes;
    }

    public List<AccreditingBody> getBodies() {
        return bodies;
    }
}
