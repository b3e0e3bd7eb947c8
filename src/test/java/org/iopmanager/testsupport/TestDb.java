package org.iopmanager.testsupport;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The application's persistence unit for in-container tests, which bring their own transaction. */
@Dependent
public class TestDb {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    public EntityManager em() {
        return em;
    }
}
