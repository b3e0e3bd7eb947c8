package org.iopmanager.platform.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of the site-owned records that figures kept in memory are made from (episodes, referrals, follow-ups):
 * each write is announced as a {@link SiteWritten} event, in the writing transaction, so that a cache of a feature can
 * drop what it holds of that site without the entity knowing the feature.
 */
public class SiteWrites {

    @Inject
    Event<SiteWritten> written;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (entity instanceof SiteOwned owned && owned.owningSiteId() != null) {
            written.fire(new SiteWritten(entity.getClass(), owned.owningSiteId()));
        }
    }

    /** A record of {@code type} of the site was written in the current transaction. */
    public record SiteWritten(Class<?> type, Long siteId) {
    }
}
