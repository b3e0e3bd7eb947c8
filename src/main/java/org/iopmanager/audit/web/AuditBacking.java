package org.iopmanager.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.iopmanager.audit.boundary.AuditFilter;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.control.AuditCsv;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.web.Sorting;

/** The audit browser: filters, database paging, CSV export of what the filter selects. */
@Named("audit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    private final AuditFilter filter = new AuditFilter();

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count(filter));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return auditLog.search(filter, first, pageSize, Sorting.of(sort));
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

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

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }
}
