package org.iopmanager.reporting.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.document.control.ContentDisposition;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.reporting.boundary.ExpiringCredentials;
import org.iopmanager.reporting.boundary.ExpiringFilter;
import org.iopmanager.reporting.boundary.ExpiringRow;
import org.iopmanager.reporting.control.TableExport;
import org.iopmanager.staff.entity.CredentialKind;

/** Expiring credentials: horizon 30/60/90 days (and the already expired), site and kind; exports of the whole list. */
@Named("expiring")
@ViewScoped
public class ExpiringBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> HORIZONS = List.of(30, 60, 90);

    @Inject
    ExpiringCredentials service;

    @Inject
    Messages messages;

    private int days = 30;
    private boolean includeExpired;
    private Long siteId;
    private CredentialKind kind;

    private final PagedList<ExpiringRow> model = new PagedList<>(() -> service.count(filter()),
            (first, pageSize, order) -> service.rows(filter(), first, pageSize), ExpiringRow::credentialId);

    private ExpiringFilter filter() {
        return new ExpiringFilter(days, includeExpired, siteId, kind);
    }

    public void exportCsv() throws IOException {
        export(TableExport.Format.CSV);
    }

    public void exportExcel() throws IOException {
        export(TableExport.Format.XLSX);
    }

    public void exportPdf() throws IOException {
        export(TableExport.Format.PDF);
    }

    private void export(TableExport.Format format) throws IOException {
        List<ExpiringRow> rows = service.export(filter(), format.name());
        LocalDate today = service.today(siteId);
        String title = messages.text("expiring.export.title", days, today.toString());
        List<String> header = List.of(messages.text("expiring.staff"), messages.text("expiring.homeSite"),
                messages.text("expiring.kind"), messages.text("expiring.type"), messages.text("expiring.number"),
                messages.text("expiring.state"), messages.text("expiring.expiry"), messages.text("expiring.daysLeft"),
                messages.text("expiring.status"));
        List<List<String>> cells = rows.stream().map(this::cells).toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Content-Disposition",
                ContentDisposition.attachment("expiring-credentials-" + today + "." + format.extension()));
        TableExport.write(format, title, header, cells, external.getResponseOutputStream());
        faces.responseComplete();
    }

    private List<String> cells(ExpiringRow row) {
        return List.of(row.staffName(), row.homeSite(), messages.text("CredentialKind." + row.kind().name()),
                row.typeCode(), row.number(), row.state() == null ? "" : row.state(), row.expiryDate().toString(),
                String.valueOf(row.daysLeft()), messages.text("CredentialStatus." + row.status().name()));
    }

    /** The badge colour of a row, by days left (the readiness matrix's scale). */
    public String styleClass(ExpiringRow row) {
        if (row.daysLeft() <= 0) {
            return "horizon-expired";
        }
        return row.daysLeft() < 30 ? "horizon-under-30" : "horizon-under-90";
    }

    public String horizonLabel(int horizon) {
        return messages.text("expiring.days", horizon);
    }

    public PagedList<ExpiringRow> getModel() {
        return model;
    }

    public List<Integer> getHorizons() {
        return HORIZONS;
    }

    public CredentialKind[] getKinds() {
        return CredentialKind.values();
    }

    public int getDays() {
        return days;
    }

    /** Only the offered horizons: anything else a client sends keeps the current one. */
    public void setDays(int days) {
        if (HORIZONS.contains(days)) {
            this.days = days;
        }
    }

    public boolean isIncludeExpired() {
        return includeExpired;
    }

    public void setIncludeExpired(boolean includeExpired) {
        this.includeExpired = includeExpired;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public void setKind(CredentialKind kind) {
        this.kind = kind;
    }
}
