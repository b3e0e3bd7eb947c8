package org.iopmanager.staff.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.staff.entity.Credential;

/**
 * The work list sorts and filters by the day each credential blocks its holder, which depends on the
 * verification age limit. When an operator changes that limit, the stored days of every credential computed
 * under the old one are recomputed at start-up, in batches, so that the list and the statuses agree again.
 */
@Startup
@Singleton
@PermitAll
@DependsOn("Database")
public class AttentionRefresh {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    CredentialStatusRule rule;

    @Inject
    Clock clock;

    @Inject
    Logger log;

    @PostConstruct
    void refreshChangedLimit() {
        int refreshed = 0;
        List<Credential> batch;
        do {
            batch = em.createQuery("select c from Credential c join fetch c.staff s join fetch s.homeSite "
                    + "where c.attentionLimitDays <> :limit order by c.id", Credential.class)
                    .setParameter("limit", rule.verificationMaxAgeDays()).setMaxResults(BATCH).getResultList();
            for (Credential credential : batch) {
                credential.refreshAttention(rule, LocalDate.now(clock.withZone(credential.getStaff().getHomeSite().zone())));
            }
            em.flush();
            em.clear();
            refreshed += batch.size();
        } while (batch.size() == BATCH);
        if (refreshed > 0) {
            log.info("Verification age limit changed: recomputed the work-list day of " + refreshed + " credentials");
        }
    }
}
