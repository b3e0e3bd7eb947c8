package org.iopmanager.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import org.iopmanager.document.entity.Document;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.site.boundary.Evidence;

/**
 * Evidence uploads and lists on a page, for any number of owners (a finding and its plan on one page), each
 * in its own form: the chosen file is kept by form id, the lists by owner.
 */
@Named("evidence")
@ViewScoped
public class EvidenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Evidence evidence;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private transient Map<String, UploadedFile> files;
    private final Map<String, List<Document>> lists = new HashMap<>();

    public List<Document> documents(String owner, Long ownerId) {
        return lists.computeIfAbsent(owner + ":" + ownerId, key -> evidence.list(Evidence.Owner.valueOf(owner), ownerId));
    }

    public void upload(String owner, Long ownerId, String formId) {
        UploadedFile file = getFiles().remove(formId);
        String name = file == null ? null : file.getFileName();
        if (actions.attemptOnce(formId, () -> attach(owner, ownerId, file))) {
            messages.info("evidence.uploaded", name);
            lists.remove(owner + ":" + ownerId);
        }
    }

    private void attach(String owner, Long ownerId, UploadedFile file) {
        try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
            evidence.attach(Evidence.Owner.valueOf(owner), ownerId, file == null ? null : file.getFileName(), content);
        } catch (IOException unreadable) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    public Map<String, UploadedFile> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }
}
