package org.iopmanager.audit.control;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.entity.AuditIgnored;

/** Puts the {@link ChangeAuditor} on every entity but the audit trail itself and those marked {@link AuditIgnored}. */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ChangeAuditor auditor = new ChangeAuditor();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (!AuditEntry.class.equals(type) && !descriptor.isAggregateDescriptor()
                    && !type.isAnnotationPresent(AuditIgnored.class)) {
                descriptor.getEventManager().addListener(auditor);
            }
        }
    }
}
