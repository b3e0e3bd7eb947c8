package org.iopmanager.site.control;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.Site;

/**
 * Every site's id, code, name, zone, state, programmes and whether it is active: what the site menus and "today at the site" read on
 * nearly every page (the benchmark, issue 7, found one or two statements per list page for it), kept a minute as a
 * {@link ReferenceCopy}. On this node a write of a site ({@link Listener}) is seen at the next read; on another node of
 * a cluster within a minute (a renamed site, a new zone, a deactivation). Nothing that decides access reads this copy:
 * the caller's sites come from its account, and services find the site itself where a rule depends on it. A site id
 * not in the copy (made on another node a moment ago) is read again, at most once a second.
 */
@ApplicationScoped
public class SiteDirectory {

    static final long MAX_AGE_NANOS = 60_000_000_000L;
    private static final long MISS_MAX_AGE_NANOS = 1_000_000_000L;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private ReferenceCopy<Snapshot> copy;

    @PostConstruct
    void init() {
        copy = new ReferenceCopy<>(MAX_AGE_NANOS, this::read);
    }

    /** All sites, active or not, by name then id. */
    public List<SiteChoice> all() {
        return copy.get().sites();
    }

    /** The site, or null for none with that id. */
    public SiteChoice find(Long id) {
        if (id == null) {
            return null;
        }
        SiteChoice site = copy.get().byId().get(id);
        return site != null ? site : copy.get(MISS_MAX_AGE_NANOS).byId().get(id);
    }

    /** The zone of a site, or null for none with that id. */
    public ZoneId zoneOf(Long id) {
        SiteChoice site = find(id);
        return site == null ? null : site.zone();
    }

    /** A site was written in the current transaction. */
    public void changed() {
        copy.changed(transactions);
    }

    private Snapshot read() {
        Map<Long, Set<Programme>> programmes = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, p from Site s join s.programmes p", Object[].class)
                .getResultList()) {
            programmes.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Programme.class)).add((Programme) row[1]);
        }
        List<SiteChoice> sites = new ArrayList<>();
        Map<Long, SiteChoice> byId = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.code, s.name, s.timeZone, s.state, s.active from Site s "
                + "order by s.name, s.id", Object[].class).getResultList()) {
            SiteChoice site = new SiteChoice((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], Boolean.TRUE.equals(row[5]), programmes.getOrDefault((Long) row[0], Set.of()));
            sites.add(site);
            byId.put(site.getId(), site);
        }
        return new Snapshot(Collections.unmodifiableList(sites), Collections.unmodifiableMap(byId));
    }

    private record Snapshot(List<SiteChoice> sites, Map<Long, SiteChoice> byId) {
    }

    /** On {@link Site}: any write of a site drops the copy. */
    public static class Listener {

        @Inject
        SiteDirectory directory;

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Site site) {
            directory.changed();
        }
    }
}
