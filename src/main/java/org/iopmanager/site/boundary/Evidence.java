package org.iopmanager.site.boundary;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.document.boundary.Documents;
import org.iopmanager.document.entity.Document;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.Finding;

/**
 * Evidence documents on accreditation records, findings and plans of correction. The owner is loaded here
 * through the site scope, so a document always lands at its owner's own site; {@link Documents} then checks
 * what the file really is and how big it is.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Evidence {

    /** What evidence can be attached to; the document's owner type is the entity's simple name. */
    public enum Owner {
        RECORD(AccreditationRecord.class),
        FINDING(Finding.class),
        CORRECTION(Correction.class);

        private final Class<? extends BaseEntity> type;

        Owner(Class<? extends BaseEntity> type) {
            this.type = type;
        }

        public String typeName() {
            return type.getSimpleName();
        }
    }

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Documents documents;

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Document attach(Owner owner, Long ownerId, String originalName, InputStream content) {
        Long siteId = siteOf(owner, ownerId);
        return documents.attach(owner.typeName(), ownerId, siteId, originalName, content);
    }

    public List<Document> list(Owner owner, Long ownerId) {
        return documents.list(owner.typeName(), ownerId, siteOf(owner, ownerId));
    }

    private Long siteOf(Owner owner, Long ownerId) {
        Object found = ownerId == null ? null : em.find(owner.type, ownerId);
        return siteScope.check((SiteOwned) found, ownerId).owningSiteId();
    }
}
