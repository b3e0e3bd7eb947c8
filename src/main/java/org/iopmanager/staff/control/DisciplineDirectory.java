package org.iopmanager.staff.control;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.iopmanager.platform.control.ReferenceCopy;
import org.iopmanager.staff.entity.Discipline;

/**
 * The active disciplines, in list order, for the staff menus of the work list, the staff list and the staff member
 * page: kept a minute as a {@link ReferenceCopy} (issue 7), seen at once on this node after a write ({@link Listener}),
 * within a minute on the others. The service that links a discipline to a staff member finds it by id.
 */
@ApplicationScoped
public class DisciplineDirectory {

    private static final long MAX_AGE_NANOS = 60_000_000_000L;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private ReferenceCopy<List<DisciplineChoice>> copy;

    @PostConstruct
    void init() {
        copy = new ReferenceCopy<>(MAX_AGE_NANOS, this::read);
    }

    public List<DisciplineChoice> active() {
        return copy.get();
    }

    /** A discipline was written in the current transaction. */
    public void changed() {
        copy.changed(transactions);
    }

    private List<DisciplineChoice> read() {
        return em.createQuery("select d.id, d.code, d.name from Discipline d where d.active = true "
                + "order by d.sortOrder, d.name", Object[].class).getResultList().stream()
                .map(row -> new DisciplineChoice((Long) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** On {@link Discipline}: any write of a discipline drops the copy. */
    public static class Listener {

        @Inject
        DisciplineDirectory directory;

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Discipline discipline) {
            directory.changed();
        }
    }
}
