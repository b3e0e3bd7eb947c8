package org.iopmanager.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs a page's reads of one record in one transaction, so that the services it calls share one persistence context:
 * each service finds the record again to check the caller's role and site (security stays in each service, which is
 * why this adds no rule and permits all), and within one transaction that find costs nothing after the first. The
 * staff member page called nine services, each reading the member with its sites and latest decision: 51 statements
 * on bench large, 4 per find (issue 7).
 */
@Stateless
@PermitAll
public class OneTransaction {

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void run(Runnable reads) {
        reads.run();
    }
}
