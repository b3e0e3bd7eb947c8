package org.iopmanager.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.staff.boundary.Exclusions;
import org.iopmanager.staff.control.LeieImport;
import org.iopmanager.staff.boundary.MatchRow;
import org.iopmanager.staff.control.ScreeningSummary;
import org.iopmanager.staff.control.ImportProgress;
import org.iopmanager.staff.control.LeieProblem;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.MatchStatus;

/** The exclusion screening page: list import with progress, "screen all", and the review queue. */
@Named("screening")
@ViewScoped
public class ScreeningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Exclusions exclusions;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    ImportProgress progress;

    @Inject
    CurrentUser currentUser;

    private transient UploadedFile file;
    private ExclusionList current;
    private List<LeieProblem> problems = List.of();
    private MatchStatus status = MatchStatus.OPEN;
    private MatchRow selected;
    private String reason;

    private final PagedList<MatchRow> model = new PagedList<>(() -> exclusions.countMatches(status),
            (first, pageSize, order) -> exclusions.matches(status, first, pageSize), MatchRow::id);

    @PostConstruct
    void init() {
        current = exclusions.current();
    }

    public void upload() {
        UploadedFile chosen = file;
        file = null;
        LeieImport[] done = new LeieImport[1];
        if (actions.attemptOnce("upload", () -> done[0] = importFile(chosen))) {
            current = done[0].list();
            problems = done[0].problems();
            messages.info("exclusion.imported", current.getRowCount(), current.getErrorCount());
        }
    }

    private LeieImport importFile(UploadedFile chosen) {
        try (InputStream content = chosen == null || chosen.getSize() == 0 ? null : chosen.getInputStream()) {
            return exclusions.importLeie(chosen == null ? null : chosen.getFileName(), content);
        } catch (IOException unreadable) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    public void screenAll() {
        ScreeningSummary[] done = new ScreeningSummary[1];
        if (actions.attemptOnce("screen", () -> done[0] = exclusions.screenAll())) {
            messages.info("exclusion.screened", done[0].screened(), done[0].possibleMatches(), done[0].newMatches());
        }
    }

    public void select(MatchRow row) {
        selected = row;
        reason = null;
    }

    public void confirm() {
        decide(MatchStatus.CONFIRMED);
    }

    public void dismiss() {
        decide(MatchStatus.DISMISSED);
    }

    public void cancel() {
        select(null);
    }

    private void decide(MatchStatus decision) {
        MatchRow row = selected;
        if (row == null) {
            return;
        }
        boolean confirm = decision == MatchStatus.CONFIRMED;
        if (actions.attempt("review", () -> {
            if (confirm) {
                exclusions.confirm(row.id(), row.version(), reason);
            } else {
                exclusions.dismiss(row.id(), row.version(), reason);
            }
        })) {
            messages.info(confirm ? "exclusion.confirmed" : "exclusion.dismissed", row.staffName());
            select(null);
        }
    }

    public String problemText(LeieProblem problem) {
        return messages.text("LeieProblem." + problem.reason().name(), problem.line(), problem.detail());
    }

    /** Percent of the running import read so far; asked by the progress bar while the upload request works. */
    public int getProgress() {
        return progress.percent(currentUser.username());
    }

    public MatchStatus[] getStatuses() {
        return MatchStatus.values();
    }

    public PagedList<MatchRow> getModel() {
        return model;
    }

    public ExclusionList getCurrent() {
        return current;
    }

    public List<LeieProblem> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public void setStatus(MatchStatus status) {
        this.status = status == null ? MatchStatus.OPEN : status;
    }

    public MatchRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
