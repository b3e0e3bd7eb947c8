package org.iopmanager.site.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.SiteFilter;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.Site;

/** The site register: paged, sorted and filtered in the database, within the caller's sites. */
@Named("sites")
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sites service;

    @StorableText
    private String text;
    private String state;
    private Programme programme;
    private Boolean active = Boolean.TRUE;
    /**
     * Not kept in the view: the replicated session is read and written whole on every request (the WAR is
     * distributable), and 200 sites as entities in each view made every later request of the user cost more.
     */
    private transient List<SiteChoice> visible;

    private final PagedList<Site> model = new PagedList<>(() -> service.count(filter()),
            (first, pageSize, order) -> service.search(filter(), first, pageSize, order), Site::getId);

    private SiteFilter filter() {
        return new SiteFilter(text, state, programme, active);
    }

    /** Active sites the caller sees, for filters of other pages. */
    public List<SiteChoice> getVisible() {
        if (visible == null) {
            visible = service.choices();
        }
        return visible;
    }

    public PagedList<Site> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
