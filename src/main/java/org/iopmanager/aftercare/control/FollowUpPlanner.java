package org.iopmanager.aftercare.control;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.entity.FollowUp;
import org.iopmanager.aftercare.entity.FollowUpCheck;
import org.iopmanager.participant.entity.Episode;

/**
 * Makes the follow-up of a discharged episode with its checks from the settings of the day, once per episode, in the
 * caller's transaction (the discharge's, the start-up backfill's or the demo's).
 */
@Dependent
public class FollowUpPlanner {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    FollowUpSettings settings;

    @Inject
    Clock clock;

    /** The episode's follow-up, made now if it has none; null for an open episode. */
    public FollowUp planFor(Episode episode) {
        if (episode.isOpen()) {
            return null;
        }
        List<FollowUp> existing = em.createQuery("select f from FollowUp f where f.episode = :e", FollowUp.class)
                .setParameter("e", episode).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        FollowUp followUp = new FollowUp(episode, clock.instant());
        for (FollowUpRules.CheckDates dates : FollowUpRules.checks(episode.getDischargeDate(), settings)) {
            followUp.getChecks().add(new FollowUpCheck(followUp, dates.offsetDays(), dates.opensOn(), dates.dueDate(),
                    dates.windowEnd()));
        }
        em.persist(followUp);
        return followUp;
    }

    /**
     * Makes the follow-ups of every discharged episode without one, a batch at a time (the persistence context is
     * cleared between batches, so a large backlog stays small in memory).
     *
     * @return how many were made
     */
    public int backfill(int batchSize) {
        int made = 0;
        List<Episode> missing;
        do {
            missing = missing(batchSize);
            missing.forEach(this::planFor);
            em.flush();
            em.clear();
            made += missing.size();
        } while (missing.size() == batchSize);
        return made;
    }

    /** Discharged episodes without a follow-up, a batch at a time (oldest first). */
    List<Episode> missing(int max) {
        return em.createQuery("select e from Episode e join fetch e.participant where e.dischargeDate is not null "
                + "and e.id not in (select f.episode.id from FollowUp f) order by e.dischargeDate, e.id", Episode.class)
                .setMaxResults(max).getResultList();
    }
}
