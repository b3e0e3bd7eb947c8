package org.iopmanager.reporting.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;
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

    private final PagedList<ReadinessRow> model = new PagedList<>(() -> readiness.count(state, programme),
            (first, pageSize, order) -> readiness.rows(state, programme, first, pageSize, order), ReadinessRow::siteId);

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

    public PagedList<ReadinessRow> getModel() {
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
