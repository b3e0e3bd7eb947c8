package org.iopmanager.audit.control;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.entity.AuditIgnored;

/**
 * Puts the {@link ChangeAuditor} on every entity but the audit trail itself and those marked {@link AuditIgnored},
 * before the session logs in (and so before its descriptors are initialised).
 *
 * <p>A session event listener rather than a session customizer: the customizer interface moved between EclipseLink
 * versions ({@code org.eclipse.persistence.sessions.SessionCustomizer} is missing from the EclipseLink 4.0.1 of
 * Payara Server 6.2025.9, {@code org.eclipse.persistence.config.SessionCustomizer} is gone from the EclipseLink 5 of
 * Payara 7), while {@link SessionEventAdapter} is the same in all of them.</p>
 */
public class AuditSessionListener extends SessionEventAdapter {

    @Override
    public void preLogin(SessionEvent event) {
        addAuditor(event.getSession());
    }

    static void addAuditor(Session session) {
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
