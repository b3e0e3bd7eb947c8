package org.iopmanager.audit.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

import org.iopmanager.audit.entity.AuditEntry;

/** Puts the {@link ChangeAuditor} on every entity but the audit trail itself. */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ChangeAuditor auditor = new ChangeAuditor();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!AuditEntry.class.equals(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(auditor);
            }
        }
    }
}
