package org.iopmanager.aftercare.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.AftercareRates;
import org.iopmanager.aftercare.boundary.AftercareRatesRow;
import org.iopmanager.document.control.ContentDisposition;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.reporting.control.TableExport;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;

/**
 * The follow-up rates dashboard ({@code ?site=&from=yyyy-mm&to=yyyy-mm}, the last twelve months of all the caller's
 * sites by default): the chart, the table per site and month, and the table as CSV or Excel (the reporting feature's
 * exporter). The referral completion series (verified attended / referred) joins {@link #series()} and the table once
 * the referrals half of the feature provides its monthly figures.
 */
@Named("aftercareRates")
@ViewScoped
public class AftercareRatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AftercareRates service;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long siteId;
    private String from;
    private String to;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    /**
     * The figures are not kept in the view: the replicated session is read and written whole on every request of its
     * user (the WAR is distributable), and 2,200 rows of 200 sites made each of them, even a style sheet, cost tens of
     * milliseconds more (benchmark, issue 7). Computed again when a request needs them.
     */
    private transient List<AftercareRatesRow> rows;
    private transient AftercareRatesChart chart;

    public void load() {
        actions.loadOrNotFound(() -> {
            YearMonth end = month(to, YearMonth.now());
            YearMonth start = month(from, end.minusMonths(11));
            to = end.toString();
            from = start.toString();
            compute();
        });
    }

    private void compute() {
        YearMonth end = month(to, YearMonth.now());
        YearMonth start = month(from, end.minusMonths(11));
        if (actions.attempt("form", () -> rows = service.rates(siteId, start, end))) {
            chart = AftercareRatesChart.of(messages.text("aftercare.rates.chart", start, end),
                    AftercareRatesChart.months(start, end), rows, series());
        } else {
            rows = List.of();
        }
    }

    /** The chart's lines. */
    List<AftercareRatesChart.Series> series() {
        return List.of(
                new AftercareRatesChart.Series(messages.text("aftercare.rates.within7"), "#1c4b8a", AftercareRatesRow::percentWithin7),
                new AftercareRatesChart.Series(messages.text("aftercare.rates.within30"), "#17603a", AftercareRatesRow::percentWithin30),
                new AftercareRatesChart.Series(messages.text("aftercare.rates.alumni"), "#8a1c1c", AftercareRatesRow::percentAlumni),
                new AftercareRatesChart.Series(messages.text("aftercare.rates.referralsCompleted"), "#6b3fa0",
                        AftercareRatesRow::percentReferralsCompleted));
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    public String show() {
        return "/aftercare/rates?faces-redirect=true&from=" + from + "&to=" + to + (siteId == null ? "" : "&site=" + siteId);
    }

    public void exportCsv() throws IOException {
        export(TableExport.Format.CSV);
    }

    public void exportExcel() throws IOException {
        export(TableExport.Format.XLSX);
    }

    private void export(TableExport.Format format) throws IOException {
        YearMonth start = YearMonth.parse(from);
        YearMonth end = YearMonth.parse(to);
        List<AftercareRatesRow> all = service.export(siteId, start, end, format.name());
        List<String> header = List.of(messages.text("aftercare.rates.site"), messages.text("aftercare.rates.month"),
                messages.text("aftercare.rates.discharges"), messages.text("aftercare.rates.within7"),
                messages.text("aftercare.rates.within7.percent"), messages.text("aftercare.rates.within30"),
                messages.text("aftercare.rates.within30.percent"), messages.text("aftercare.rates.alumni"),
                messages.text("aftercare.rates.alumni.percent"), messages.text("aftercare.rates.referred"),
                messages.text("aftercare.rates.referralsAttended"), messages.text("aftercare.rates.referralsCompleted"));
        List<List<String>> cells = all.stream().map(r -> List.of(r.siteName(), r.month().toString(),
                String.valueOf(r.discharges()), String.valueOf(r.reachedWithin7()), text(r.percentWithin7()),
                String.valueOf(r.reachedWithin30()), text(r.percentWithin30()), String.valueOf(r.alumni()),
                text(r.percentAlumni()), String.valueOf(r.referred()), String.valueOf(r.referralsAttended()),
                text(r.percentReferralsCompleted()))).toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Content-Disposition",
                ContentDisposition.attachment("follow-up-rates-" + from + "-" + to + "." + format.extension()));
        TableExport.write(format, messages.text("aftercare.rates.export.title", from, to), header, cells,
                external.getResponseOutputStream());
        faces.responseComplete();
    }

    private static String text(Integer percent) {
        return percent == null ? "" : String.valueOf(percent);
    }

    public String percent(Integer value) {
        return value == null ? messages.text("aftercare.rates.none") : messages.text("aftercare.rates.percent", value);
    }

    public List<AftercareRatesRow> getRows() {
        if (rows == null && from != null) {
            compute();
        }
        return rows;
    }

    public AftercareRatesChart getChart() {
        if (rows == null && from != null) {
            compute();
        }
        return chart;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }
}
