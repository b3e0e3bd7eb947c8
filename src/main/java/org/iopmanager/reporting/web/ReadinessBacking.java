package org.iopmanager.reporting.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.Sorting;
import org.iopmanager.reporting.boundary.Readiness;
import org.iopmanager.reporting.boundary.ReadinessCell;
import org.iopmanager.reporting.boundary.ReadinessRow;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Programme;

/** The readiness matrix page: sites × bodies, paged by site, filtered by state and programme. */
@Named("readiness")
@ViewScoped
public class ReadinessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Readiness readiness;

    @Inject
    Messages messages;

    private String state;
    private Programme programme;
    private List<AccreditingBody> columns;

    private final LazyDataModel<ReadinessRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, readiness.count(state, programme));
        }

        @Override
        public List<ReadinessRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return readiness.rows(state, programme, first, pageSize, Sorting.of(sort));
        }

        @Override
        public String getRowKey(ReadinessRow row) {
            return String.valueOf(row.siteId());
        }
    };

    @PostConstruct
    void init() {
        columns = readiness.columns();
    }

    /** A cell as exported: status and days to expiry, in words of the bundle. */
    public String exportText(ReadinessRow row, Long bodyId) {
        ReadinessCell cell = row.cell(bodyId);
        if (cell == null) {
            return "";
        }
        String status = messages.text("RecordStatus." + cell.status().name());
        return cell.daysToExpiry() == null ? status : status + " " + messages.text("record.daysLeft", cell.daysToExpiry());
    }

    /** Exports leave the provider's premises: each one is audited with its filter. */
    public void auditExport(Object document) {
        readiness.recordExport(state, programme);
    }

    public LazyDataModel<ReadinessRow> getModel() {
        return model;
    }

    public List<AccreditingBody> getColumns() {
        return columns;
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
}
