package org.iopmanager.document.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.document.control.Checksums;
import org.iopmanager.document.control.ContentSniffer;
import org.iopmanager.document.control.FileNames;
import org.iopmanager.document.control.UploadLimits;
import org.iopmanager.document.entity.Document;
import org.iopmanager.document.entity.DocumentContent;
import org.iopmanager.document.entity.DocumentType;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;

/**
 * Evidence files attached to records of other features. Those features' facades call {@link #attach} after
 * loading the owning record, so owner and site are known to belong together; this facade checks the caller's
 * role and site scope, what the file really is and how big it is, and stores metadata and bytes in one
 * transaction. Every role may download what lies in its sites, and every download is audited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Documents {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    UploadLimits limits;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * Stores {@code content} as a document of the owner at {@code siteId}. A site outside the caller's scope
     * answers {@link NotFound} (and is audited); a file that is empty, too large or not a PDF, PNG or JPEG by
     * its content is refused with a {@link RuleViolation} on the field "file", and nothing is stored.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Document attach(String ownerType, Long ownerId, Long siteId, String originalName, InputStream content) {
        siteScope.checkSite(siteId);
        requireSite(siteId);
        byte[] bytes = read(content);
        DocumentType type = ContentSniffer.require(bytes);
        Document document = new Document(siteId, ownerType, ownerId, FileNames.safe(originalName), type, bytes.length,
                Checksums.sha256(bytes), siteScope.current().username(), clock.instant());
        em.persist(document);
        em.flush(); // the content row's foreign key needs the document row first
        em.persist(new DocumentContent(document, bytes));
        return document;
    }

    /** The documents of one owner, newest first; metadata only. */
    public List<Document> list(String ownerType, Long ownerId, Long siteId) {
        siteScope.checkSite(siteId);
        return em.createQuery("select d from Document d where d.ownerType = :type and d.ownerId = :owner "
                        + "and d.siteId = :site order by d.uploadedAt desc, d.id desc", Document.class)
                .setParameter("type", ownerType).setParameter("owner", ownerId).setParameter("site", siteId)
                .getResultList();
    }

    /** Metadata of one document the caller may see. */
    public Document find(Long id) {
        return siteScope.check(id == null ? null : em.find(Document.class, id), id);
    }

    /** A document with its bytes, for a caller whose sites include the document's site; audited as a download. */
    public Download open(Long id) {
        Document document = find(id);
        byte[] content = em.createQuery("select c.content from DocumentContent c where c.documentId = :id", byte[].class)
                .setParameter("id", document.getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound(Document.class.getSimpleName(), id));
        auditLog.record(AuditAction.DOWNLOAD, Document.class.getSimpleName(), document.getId(), document.getSiteId(),
                "Downloaded " + document.getOriginalName() + " (" + document.getContentType() + ", "
                        + document.getSizeBytes() + " bytes)");
        return new Download(document, content);
    }

    /**
     * A provider-wide caller passes the scope check for any id, so the site must be known to exist; asked by
     * entity name, because sites will attach documents and this facade must not depend on them.
     */
    private void requireSite(Long siteId) {
        Long found = em.createQuery("select count(s) from Site s where s.id = :id", Long.class)
                .setParameter("id", siteId).getSingleResult();
        if (found == 0) {
            throw new NotFound("Site", siteId);
        }
    }

    private byte[] read(InputStream content) {
        if (content == null) {
            throw RuleViolation.onField("file", "document.file.empty");
        }
        try {
            return limits.read(content);
        } catch (IOException brokenUpload) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }
}
