package org.iopmanager.audit.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Seals new audit lines every few seconds, in batches, until none wait. Each node of a cluster runs it; the chain
 * head lock makes them take turns. Only the container calls it (it has no public method), like the other timers.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealTimer {

    private static final int BATCH = 5000;
    private static final int MAX_BATCHES = 200;

    @Inject
    AuditSealer sealer;

    @Inject
    Logger log;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void sealWaiting() {
        try {
            for (int batch = 0; batch < MAX_BATCHES && sealer.seal(BATCH) == BATCH; batch++) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Sealing audit lines failed; the next run tries again", e);
        }
    }
}
