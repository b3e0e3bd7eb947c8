package org.iopmanager.staff.boundary;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.document.boundary.Documents;
import org.iopmanager.document.entity.Document;
import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteZones;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;
import org.iopmanager.staff.entity.VerificationOutcome;
import org.iopmanager.staff.entity.WorkReason;

/**
 * Primary-source verification and the credentialing office's work list. Only the credentialing office and
 * provider administrators record verifications; site administrators and auditors read them. The work list is
 * every active credential of active staff that blocks, or will within the horizon, its holder, most overdue
 * first; it is filtered, counted and paged in the database.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Verifications {

    public static final String OWNER_TYPE = "Verification";
    /** Credentials whose monthly check counts as the holder's licence monitoring. */
    public static final Set<CredentialKind> MONITORED = Set.of(CredentialKind.STATE_LICENCE, CredentialKind.CERTIFICATION);
    private static final Set<String> SORTABLE = Set.of("attentionDate", "expiryDate", "verifiedOn", "kind");
    private static final List<VerificationOutcome> PROBLEMS = List.of(VerificationOutcome.DISCREPANCY,
            VerificationOutcome.NOT_FOUND, VerificationOutcome.RESTRICTED);

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteZones siteZones;

    @Inject
    Credentials credentials;

    @Inject
    StaffScope staffScope;

    @Inject
    Versions versions;

    @Inject
    AuditContext auditContext;

    @Inject
    CredentialStatusRule rule;

    @Inject
    Documents documents;

    @Inject
    Clock clock;

    /**
     * Records what the primary source said about a credential, as seen at {@code loadedVersion}, with an optional
     * evidence file (same rules as every upload). The credential's status follows at once.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Verification record(Long credentialId, long loadedVersion, Verification draft, String evidenceName,
            InputStream evidence) {
        auditContext.because("Primary-source verification: " + (draft.getOutcome() == null ? "?" : draft.getOutcome().name()));
        Credential credential = versions.check(credentials.find(credentialId), loadedVersion);
        StaffMember staff = credential.getStaff();
        LocalDate today = credentials.todayFor(staff);
        if (draft.getVerifiedOn() != null && draft.getVerifiedOn().isAfter(today)) {
            throw RuleViolation.onField("verifiedOn", "verification.verifiedOn.future");
        }
        if (draft.getVerifiedOn() != null && credential.isNeedsReverification()
                && draft.getVerifiedOn().isBefore(credential.getAttentionDate())) {
            throw RuleViolation.onField("verifiedOn", "verification.verifiedOn.beforeRenewal", credential.getAttentionDate());
        }
        Verification verification = new Verification(credential, staffScope.current().username(), clock.instant());
        verification.copyDetailsFrom(draft);
        em.persist(verification);
        em.flush();
        if (latest(credential).equals(verification)) {
            credential.verified(verification);
            credential.refreshAttention(rule, today);
            if (MONITORED.contains(credential.getKind()) && (staff.getLastLicenceCheck() == null
                    || staff.getLastLicenceCheck().isBefore(verification.getVerifiedOn()))) {
                staff.setLastLicenceCheck(verification.getVerifiedOn());
            }
        }
        if (evidence != null) {
            documents.attach(OWNER_TYPE, verification.getId(), staff.getHomeSite().getId(), evidenceName, evidence);
        }
        versions.flush(credential);
        return verification;
    }

    /** A credential's verifications, newest first. */
    public List<Verification> forCredential(Long credentialId) {
        Credential credential = credentials.find(credentialId);
        return em.createQuery("select v from Verification v where v.credential = :credential "
                + "order by v.verifiedOn desc, v.id desc", Verification.class)
                .setParameter("credential", credential).getResultList();
    }

    /** Every verification of a staff member, newest first, with their credentials. */
    public List<Verification> forStaff(Long staffId) {
        StaffMember staff = staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId), staffId);
        return em.createQuery("select v from Verification v join fetch v.credential c join fetch c.type "
                + "where v.staff = :staff order by v.verifiedOn desc, v.id desc", Verification.class)
                .setParameter("staff", staff).getResultList();
    }

    /**
     * The evidence files of all of a staff member's verifications, in one query, by verification id. Files live
     * at the home site; a site administrator of another site where the person works sees none (they could not
     * download them either).
     */
    public Map<Long, List<Document>> evidenceFor(Long staffId) {
        StaffMember staff = staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId), staffId);
        Map<Long, List<Document>> byVerification = new java.util.HashMap<>();
        if (!staffScope.current().allows(staff.getHomeSite().getId())) {
            return byVerification;
        }
        em.createQuery("select d from Document d where d.ownerType = :type and d.siteId = :site and d.ownerId in "
                        + "(select v.id from Verification v where v.staff = :staff) order by d.uploadedAt, d.id", Document.class)
                .setParameter("type", OWNER_TYPE).setParameter("site", staff.getHomeSite().getId()).setParameter("staff", staff)
                .getResultList()
                .forEach(d -> byVerification.computeIfAbsent(d.getOwnerId(), id -> new ArrayList<>()).add(d));
        return byVerification;
    }

    /** "Assign to me": a credential claimed by somebody else stays theirs until they release it or verify it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Credential claim(Long credentialId) {
        auditContext.because("Work list: assigned to " + staffScope.current().username());
        Credential credential = credentials.find(credentialId);
        String me = staffScope.current().username();
        if (credential.getClaimedBy() != null && !credential.getClaimedBy().equals(me)) {
            throw new RuleViolation("work.claimedByOther", credential.getClaimedBy());
        }
        credential.claim(me, clock.instant());
        em.flush();
        return credential;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Credential release(Long credentialId) {
        auditContext.because("Work list: released");
        Credential credential = credentials.find(credentialId);
        String me = staffScope.current().username();
        if (credential.getClaimedBy() != null && !credential.getClaimedBy().equals(me)
                && staffScope.current().role() != Role.ADMIN) {
            throw new RuleViolation("work.claimedByOther", credential.getClaimedBy());
        }
        credential.release();
        em.flush();
        return credential;
    }

    /** One page of the work list, most urgent first unless another order is asked for. */
    public List<WorkItem> workList(WorkFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        LocalDate today = todayFor(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Credential> query = cb.createQuery(Credential.class);
        Root<Credential> credential = query.from(Credential.class);
        credential.fetch("type");
        var staff = credential.fetch("staff");
        staff.fetch("discipline");
        staff.fetch("homeSite");
        query.where(where(cb, query, credential, filter, today));
        List<Order> order = new ArrayList<>();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.contains(field)) {
                order.add(ascending ? cb.asc(credential.get(field)) : cb.desc(credential.get(field)));
            } else if ("staff".equals(field)) {
                Path<Object> name = credential.get("staff").get("sortName");
                order.add(ascending ? cb.asc(name) : cb.desc(name));
            }
        });
        order.add(cb.asc(credential.get("attentionDate")));
        order.add(cb.asc(credential.get("id")));
        List<WorkItem> items = new ArrayList<>();
        for (Credential row : em.createQuery(query.orderBy(order)).setFirstResult(first).setMaxResults(pageSize)
                .getResultList()) {
            // the list's own day, so that each row's reason agrees with the counts and the filter that listed it
            WorkReason reason = row.workReasonOn(rule, today);
            items.add(new WorkItem(row, reason == null ? WorkReason.EXPIRING : reason, row.statusOn(rule, today),
                    !row.getAttentionDate().isAfter(today)));
        }
        return items;
    }

    public long workCount(WorkFilter filter) {
        LocalDate today = todayFor(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Credential> credential = query.from(Credential.class);
        return em.createQuery(query.select(cb.count(credential)).where(where(cb, query, credential, filter, today)))
                .getSingleResult();
    }

    /**
     * How many items of the filtered list are there for each reason, for the counts on top of the list: one query, a
     * count per reason of the rows for which that reason holds. The case yields the row's id or nothing, so that no
     * literal is bound in it (a sum of bound ones and zeros failed on H2).
     */
    public Map<WorkReason, Long> countsByReason(WorkFilter filter) {
        WorkFilter all = filter.withReason(null);
        LocalDate today = todayFor(all);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Credential> credential = query.from(Credential.class);
        Path<Long> id = credential.get("id");
        List<jakarta.persistence.criteria.Selection<?>> perReason = new ArrayList<>();
        for (WorkReason reason : WorkReason.values()) {
            perReason.add(cb.count(cb.<Long>selectCase().when(reason(cb, credential, reason, today), id)
                    .otherwise(cb.nullif(id, id))));
        }
        // bound, not written into the statement: EclipseLink writes the values of a select's case into the SQL on H2,
        // and a boolean written as 1 is not comparable with a boolean column there
        Object[] row = em.createQuery(query.multiselect(perReason).where(where(cb, query, credential, all, today)))
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .getSingleResult();
        Map<WorkReason, Long> counts = new EnumMap<>(WorkReason.class);
        for (WorkReason reason : WorkReason.values()) {
            counts.put(reason, row[reason.ordinal()] == null ? 0L : ((Number) row[reason.ordinal()]).longValue());
        }
        return counts;
    }

    /** The day of a list narrowed to one site is that site's day; otherwise the provider's day. */
    private LocalDate todayFor(WorkFilter filter) {
        if (filter.siteId() != null) {
            Site site = em.find(Site.class, filter.siteId());
            if (site != null) {
                return LocalDate.now(clock.withZone(site.zone()));
            }
        }
        return today();
    }

    /**
     * The provider's day for list cut-offs: the latest calendar day among the sites' zones, so that nothing that
     * blocks somebody today at some site is left off (each row then shows its status at its holder's home site).
     */
    public LocalDate today() {
        LocalDate latest = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(1);
        for (String zone : siteZones.all()) {
            LocalDate there = LocalDate.now(clock.withZone(java.time.ZoneId.of(zone)));
            if (there.isAfter(latest)) {
                latest = there;
            }
        }
        return latest;
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Credential> credential, WorkFilter filter,
            LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        Join<Credential, StaffMember> staff = credential.join("staff");
        where.add(cb.isTrue(credential.get("active")));
        where.add(cb.isTrue(staff.get("active")));
        where.add(cb.lessThanOrEqualTo(credential.get("attentionDate"), today.plusDays(rule.expiringHorizonDays())));
        Scope scope = staffScope.current();
        if (!scope.coversAllSites()) {
            where.add(worksAtAny(cb, query, staff, scope.queryableSiteIds()));
        }
        if (filter.siteId() != null) {
            where.add(worksAtAny(cb, query, staff, Set.of(filter.siteId())));
        }
        if (filter.disciplineId() != null) {
            where.add(cb.equal(staff.get("discipline").get("id"), filter.disciplineId()));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(credential.get("kind"), filter.kind()));
        }
        if (filter.mineOnly()) {
            where.add(cb.equal(credential.get("claimedBy"), scope.username()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = LikePattern.contains(filter.text());
            where.add(cb.or(cb.like(staff.get("sortName"), like), cb.like(cb.lower(credential.get("number")), like)));
        }
        if (filter.reason() != null) {
            where.add(reason(cb, credential, filter.reason(), today));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The database form of {@link Credential#workReasonOn}; the two are kept in step by the in-container tests. */
    private Predicate reason(CriteriaBuilder cb, Root<Credential> credential, WorkReason reason, LocalDate today) {
        Path<VerificationOutcome> outcome = credential.get("verifiedOutcome");
        Path<LocalDate> expiry = credential.get("expiryDate");
        Path<LocalDate> verifiedOn = credential.get("verifiedOn");
        // SQL's three-valued logic: a comparison with a null outcome is unknown, and "not unknown" is unknown too
        Predicate suspended = cb.and(cb.isNotNull(outcome), cb.equal(outcome, VerificationOutcome.SUSPENDED_OR_REVOKED));
        Predicate expired = cb.and(cb.isNotNull(expiry), cb.lessThanOrEqualTo(expiry, today));
        Predicate live = cb.not(cb.or(suspended, expired));
        Predicate verified = cb.equal(outcome, VerificationOutcome.VERIFIED);
        Predicate renewed = cb.isTrue(credential.get("needsReverification"));
        Predicate stale = cb.lessThan(verifiedOn, today.minusDays(rule.verificationMaxAgeDays()));
        return switch (reason) {
            case PROBLEM -> cb.or(suspended, cb.and(live, outcome.in(PROBLEMS)));
            case EXPIRED -> cb.and(expired, cb.not(suspended));
            case NEW -> cb.and(live, cb.isNull(outcome));
            case RENEWED -> cb.and(live, verified, renewed);
            case VERIFICATION_EXPIRED -> cb.and(live, verified, cb.not(renewed), stale);
            case EXPIRING -> cb.and(live, verified, cb.not(renewed), cb.not(stale));
        };
    }

    private static Predicate worksAtAny(CriteriaBuilder cb, CriteriaQuery<?> query, Join<Credential, StaffMember> staff,
            Set<Long> siteIds) {
        var works = query.subquery(Long.class);
        Root<StaffMember> inner = works.from(StaffMember.class);
        works.select(inner.get("id")).where(cb.equal(inner, staff), inner.join("sites").get("id").in(siteIds));
        return cb.exists(works);
    }

    private Verification latest(Credential credential) {
        return em.createQuery("select v from Verification v where v.credential = :credential "
                + "order by v.verifiedOn desc, v.id desc", Verification.class)
                .setParameter("credential", credential).setMaxResults(1).getSingleResult();
    }
}
