package org.iopmanager.audit.control;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.control.SqlCount;
import org.iopmanager.platform.entity.AuditIgnored;

/**
 * Puts the {@link ChangeAuditor} on every entity but the audit trail itself and those marked {@link AuditIgnored};
 * with {@code iop.bench.sql-count=true} also the benchmark's statement counter ({@link SqlCount}).
 */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (SqlCount.enabled()) {
            session.getEventManager().addListener(new SqlCount.Listener());
        }
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
