package org.iopmanager.staff.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import org.iopmanager.document.control.UploadLimits;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.staff.boundary.ImportReport;
import org.iopmanager.staff.boundary.ImportResult;
import org.iopmanager.staff.boundary.StaffImport;
import org.iopmanager.staff.control.ImportError;
import org.iopmanager.staff.control.ImportProgress;
import org.iopmanager.staff.control.StaffImportReader;

/**
 * {@code staff/import.xhtml}: upload a file, see the dry run, import all or only the valid rows in the background
 * while a poll moves the progress bar. The file is kept in the view between the dry run and the import.
 */
@Named("staffImport")
@ViewScoped
public class StaffImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE_ROW = "Ada,,Lovelace,1980-12-10,1234567893,ada.lovelace@example.org,LCSW,MAIN,MAIN;NORTH,"
            + "2024-01-15,LCSW,123456,State board of social work,MA,2023-01-01,2027-01-01";

    @Inject
    StaffImport staffImport;

    @Inject
    ImportProgress progress;

    /** Through Instance: the limits are a dependent, not serializable bean, and this bean lives in the view. */
    @Inject
    Instance<UploadLimits> uploadLimits;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private transient UploadedFile file;
    private transient Future<ImportResult> running;
    private String fileName;
    private byte[] content;
    private ImportReport report;
    private ImportResult result;
    private String progressKey;

    public void dryRun() {
        report = null;
        result = null;
        actions.attempt("import", () -> {
            read();
            report = staffImport.dryRun(fileName, content);
        });
    }

    private void read() {
        if (file == null || file.getSize() == 0) {
            throw RuleViolation.onField("file", "staffImport.file.required");
        }
        fileName = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            content = uploadLimits.get().read(in);
        } catch (IOException unreadable) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    public void importAll() {
        start(false);
    }

    public void importValid() {
        start(true);
    }

    private void start(boolean validRowsOnly) {
        if (report == null || running != null || result != null) {
            return;
        }
        progressKey = UUID.randomUUID().toString();
        actions.attemptOnce("import", () -> running = staffImport.importInBackground(fileName, content, validRowsOnly, progressKey));
    }

    /** Called by the poll: collects the result once the import has committed (or failed). */
    public void refresh() {
        if (running == null || !running.isDone()) {
            return;
        }
        Future<ImportResult> done = running;
        running = null;
        progress.finish(progressKey);
        if (actions.attempt("import", () -> result = outcome(done))) {
            messages.info("staffImport.done", result.staffCreated(), result.credentialsAdded());
        }
    }

    private static ImportResult outcome(Future<ImportResult> done) {
        try {
            return done.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new EJBException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new EJBException(interrupted);
        }
    }

    public String message(ImportError error) {
        return messages.text(error.messageKey(), error.arguments().toArray());
    }

    public String getImportValidLabel() {
        return report == null ? "" : messages.text("staffImport.importValid", report.validRows());
    }

    public StreamedContent getTemplate() {
        byte[] csv = (String.join(",", StaffImportReader.COLUMNS) + "\r\n" + TEMPLATE_ROW + "\r\n").getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("staff-import-template.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public List<String> getColumns() {
        return StaffImportReader.COLUMNS;
    }

    public boolean isRequired(String column) {
        return StaffImportReader.REQUIRED_COLUMNS.contains(column);
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Import buttons show after a dry run, until an import starts. */
    public boolean isCanImport() {
        return report != null && running == null && result == null;
    }

    public int getPercent() {
        return result != null ? 100 : progress.percent(progressKey);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportReport getReport() {
        return report;
    }

    public ImportResult getResult() {
        return result;
    }
}
