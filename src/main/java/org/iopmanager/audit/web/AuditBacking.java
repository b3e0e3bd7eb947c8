package org.iopmanager.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.audit.boundary.AuditFilter;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.control.AuditCsv;
import org.iopmanager.audit.control.ChainReport;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;

/** The audit browser: filters, database paging, CSV export of what the filter selects. */
@Named("audit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    @Inject
    Messages messages;

    private ChainReport chain;

    private final AuditFilter filter = new AuditFilter();

    private long matched;

    private final PagedList<AuditEntry> model = new PagedList<>(() -> matched = auditLog.countCapped(filter),
            (first, pageSize, order) -> auditLog.search(filter, first, pageSize, order), AuditEntry::getId);

    public void exportCsv() throws IOException {
        List<AuditEntry> rows = auditLog.export(filter);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            AuditCsv.write(rows, out);
        }
        faces.responseComplete();
    }

    /** Walks the hash chain and says whether the trail is intact, or where it was tampered with. */
    public void verifyChain() {
        chain = auditLog.verifyChain();
        if (chain.intact()) {
            messages.info("audit.chain.intact", chain.checked(), chain.unsealed());
        } else {
            messages.error(null, "audit.chain.broken", chain.brokenAtLink(), chain.brokenAuditId(),
                    messages.text("ChainReport.Problem." + chain.problem()), chain.checked());
        }
    }

    /** Whether more lines match than the browser counts: the page then asks for narrower filters. */
    public boolean isOverCap() {
        return matched > AuditLog.COUNT_CAP;
    }

    public int getCap() {
        return AuditLog.COUNT_CAP;
    }

    public ChainReport getChain() {
        return chain;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedList<AuditEntry> getModel() {
        return model;
    }
}
