package org.iopmanager.site.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.iopmanager.platform.web.Sorting;
import org.iopmanager.site.boundary.SiteFilter;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.Site;

/** The site register: paged, sorted and filtered in the database, within the caller's sites. */
@Named("sites")
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sites service;

    private String text;
    private String state;
    private Programme programme;
    private Boolean active = Boolean.TRUE;
    private List<Site> visible;

    private final LazyDataModel<Site> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        }

        @Override
        public List<Site> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return service.search(filter(), first, pageSize, Sorting.of(sort));
        }

        @Override
        public String getRowKey(Site site) {
            return String.valueOf(site.getId());
        }
    };

    private SiteFilter filter() {
        return new SiteFilter(text, state, programme, active);
    }

    /** Active sites the caller sees, for filters of other pages. */
    public List<Site> getVisible() {
        if (visible == null) {
            visible = service.visible();
        }
        return visible;
    }

    public LazyDataModel<Site> getModel() {
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
