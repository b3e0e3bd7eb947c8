package org.iopmanager.staff.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.staff.boundary.Credentialing;
import org.iopmanager.staff.boundary.Verifications;
import org.iopmanager.staff.boundary.WorkFilter;
import org.iopmanager.staff.boundary.WorkItem;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.WorkReason;

/**
 * The credentialing office's verification work list: counts per reason on top, filters, most urgent first,
 * claim an item and record its verification without leaving the page.
 */
@Named("work")
@ViewScoped
public class WorkListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Verifications verifications;

    @Inject
    Credentialing credentialing;

    @Inject
    VerifyBacking verify;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long siteId;
    private Long disciplineId;
    private CredentialKind kind;
    private WorkReason reason;
    private boolean mineOnly;
    @StorableText
    private String text;
    private Map<WorkReason, Long> counts;
    private Long monitoringOverdue;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    private final PagedList<WorkItem> model = new PagedList<>(() -> verifications.workCount(filter()),
            (first, pageSize, order) -> verifications.workList(filter(), first, pageSize, order),
            item -> item.credential().getId());

    private WorkFilter filter() {
        return new WorkFilter(siteId, disciplineId, kind, reason, mineOnly, text);
    }

    public void search() {
        counts = null;
    }

    public void showReason(WorkReason shown) {
        reason = shown;
        counts = null;
    }

    public void claim(WorkItem item) {
        if (actions.attempt("work", () -> verifications.claim(item.credential().getId()))) {
            messages.info("work.claimed", item.credential().getNumber());
        }
    }

    public void release(WorkItem item) {
        if (actions.attempt("work", () -> verifications.release(item.credential().getId()))) {
            messages.info("work.released", item.credential().getNumber());
        }
    }

    public void openVerification(WorkItem item) {
        verify.open(item.credential());
    }

    /** Called by the shared verification form. */
    public void recordVerification() {
        if (verify.record()) {
            counts = null;
        }
    }

    public Map<WorkReason, Long> getCounts() {
        if (counts == null) {
            counts = verifications.countsByReason(new WorkFilter(siteId, disciplineId, kind, null, mineOnly, text));
        }
        return counts;
    }

    public long getMonitoringOverdue() {
        if (monitoringOverdue == null) {
            monitoringOverdue = credentialing.monitoringOverdueCount(verifications.today());
        }
        return monitoringOverdue;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public PagedList<WorkItem> getModel() {
        return model;
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

    public CredentialKind getKind() {
        return kind;
    }

    public void setKind(CredentialKind kind) {
        this.kind = kind;
    }

    public WorkReason getReason() {
        return reason;
    }

    public void setReason(WorkReason reason) {
        this.reason = reason;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
