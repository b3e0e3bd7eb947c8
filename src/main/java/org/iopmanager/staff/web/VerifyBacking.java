package org.iopmanager.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.staff.boundary.Verifications;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.Verification;
import org.iopmanager.staff.entity.VerificationMethod;
import org.iopmanager.staff.entity.VerificationOutcome;
import org.iopmanager.staff.entity.VerificationSource;
import org.primefaces.model.file.UploadedFile;

/**
 * The "record a verification" form shared by the work list and the staff file: which credential (and the
 * version the user saw), what the source said, and an optional evidence file. Input stays on screen when the
 * service refuses it.
 */
@Named("verify")
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Verifications verifications;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long credentialId;
    private long credentialVersion;
    private String credentialLabel;
    private Verification draft;
    private transient UploadedFile file;
    private boolean recorded;

    /** Opens the form for a credential as the user sees it now. */
    public void open(Credential credential) {
        credentialId = credential.getId();
        credentialVersion = credential.getVersion();
        credentialLabel = credential.getStaff().getLastName() + ", " + credential.getStaff().getFirstName() + " · "
                + credential.getType().getCode() + " " + credential.getNumber();
        draft = new Verification();
        draft.setVerifiedOn(LocalDate.now(clock.withZone(credential.getStaff().getHomeSite().zone())));
        draft.setOutcome(VerificationOutcome.VERIFIED);
        draft.setMethod(VerificationMethod.ONLINE_LOOKUP);
        draft.setSource(VerificationSource.ISSUING_BOARD);
        recorded = false;
    }

    public void close() {
        credentialId = null;
        draft = null;
    }

    /** Records it; answers whether it worked, so the page can refresh its lists. */
    public boolean record() {
        UploadedFile chosen = file;
        file = null;
        recorded = actions.attemptOnce("verification", () -> save(chosen));
        if (recorded) {
            messages.info("verification.recorded", credentialLabel);
            close();
        }
        return recorded;
    }

    private void save(UploadedFile chosen) {
        boolean hasFile = chosen != null && chosen.getSize() > 0;
        try (InputStream content = hasFile ? chosen.getInputStream() : null) {
            verifications.record(credentialId, credentialVersion, draft, hasFile ? chosen.getFileName() : null, content);
        } catch (IOException unreadable) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    public boolean isOpen() {
        return credentialId != null;
    }

    public Long getCredentialId() {
        return credentialId;
    }

    public String getCredentialLabel() {
        return credentialLabel;
    }

    public Verification getDraft() {
        return draft;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isRecorded() {
        return recorded;
    }

    public VerificationSource[] getSources() {
        return VerificationSource.values();
    }

    public VerificationMethod[] getMethods() {
        return VerificationMethod.values();
    }

    public VerificationOutcome[] getOutcomes() {
        return VerificationOutcome.values();
    }
}
