package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.ResourceFilter;
import org.iopmanager.aftercare.boundary.ResourceServices;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.entity.Site;

/**
 * The resource directory: a lazy, filtered list of the services the caller's sites use, and the edit form of one
 * (new or existing, at its loaded version). Who may change what is the facade's rule.
 */
@Named("directory")
@ViewScoped
public class DirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceServices services;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long siteId;
    @StorableText
    private String text;
    private ResourceType type;
    private boolean acceptingOnly;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    private Long editedId;
    private long editedVersion;
    private ResourceService edited;
    private Long[] editedSiteIds = new Long[0];

    private final PagedList<ResourceService> rows = new PagedList<>(() -> services.count(filter()),
            (first, size, order) -> services.search(filter(), first, size, order), ResourceService::getId);

    private ResourceFilter filter() {
        return new ResourceFilter(siteId, text, type, acceptingOnly);
    }

    public void refresh() {
        // the table reloads with the filter
    }

    public void create() {
        editedId = null;
        editedVersion = 0;
        edited = new ResourceService();
        edited.setAccepting(true);
        editedSiteIds = getSiteChoices().size() == 1 ? new Long[] {getSiteChoices().get(0).getId()} : new Long[0];
    }

    public void edit(ResourceService row) {
        ResourceService current = services.find(row.getId());
        editedId = current.getId();
        editedVersion = current.getVersion();
        edited = new ResourceService();
        edited.copyDetailsFrom(current);
        editedSiteIds = current.siteIds().toArray(Long[]::new);
    }

    public void save() {
        if (actions.attemptOnceIf(editedId == null, "editForm", () -> {
            if (editedId == null) {
                services.create(edited, new HashSet<>(Arrays.asList(editedSiteIds)));
            } else {
                services.update(editedId, editedVersion, edited, new HashSet<>(Arrays.asList(editedSiteIds)));
            }
        })) {
            messages.info("aftercare.directory.saved");
            edited = null;
        }
    }

    public void cancel() {
        edited = null;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    /** The codes of the sites that use a service (its sites are batch-read with the page). */
    public String siteCodes(ResourceService service) {
        return String.join(", ", service.getSites().stream().map(Site::getCode).sorted().toList());
    }

    public PagedList<ResourceService> getRows() {
        return rows;
    }

    public ResourceService getEdited() {
        return edited;
    }

    public Long[] getEditedSiteIds() {
        return editedSiteIds.clone();
    }

    public void setEditedSiteIds(Long[] editedSiteIds) {
        this.editedSiteIds = editedSiteIds == null ? new Long[0] : editedSiteIds.clone();
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public boolean isAcceptingOnly() {
        return acceptingOnly;
    }

    public void setAcceptingOnly(boolean acceptingOnly) {
        this.acceptingOnly = acceptingOnly;
    }
}
