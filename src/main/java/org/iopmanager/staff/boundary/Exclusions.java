package org.iopmanager.staff.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.document.control.Checksums;
import org.iopmanager.document.control.FileNames;
import org.iopmanager.document.control.UploadLimits;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.EntryWriter;
import org.iopmanager.staff.control.ImportProgress;
import org.iopmanager.staff.control.LeieParser;
import org.iopmanager.staff.control.LeieProblem;
import org.iopmanager.staff.control.MatchFinder;
import org.iopmanager.staff.entity.ExclusionEntry;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.ExclusionSource;
import org.iopmanager.staff.entity.MatchBasis;
import org.iopmanager.staff.entity.MatchStatus;
import org.iopmanager.staff.entity.Screening;
import org.iopmanager.staff.entity.ScreeningMatch;
import org.iopmanager.staff.entity.ScreeningResult;
import org.iopmanager.staff.entity.ScreeningRun;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Exclusion screening against the OIG LEIE: importing list versions, screening every active staff member,
 * and the review of possible matches. Credentialing staff and administrators work it; auditors read it.
 * Only a confirmed match excludes a staff member, and every decision carries its reason into the audit trail.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.AUDITOR_NAME})
public class Exclusions {

    /** Skipped lines returned to the page; the count of all of them is on the list version. */
    public static final int MAX_PROBLEMS = 200;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    UploadLimits limits;

    @Inject
    ImportProgress progress;

    @Inject
    MatchFinder finder;

    @Inject
    AuditContext audit;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    /** The list version screening uses now, or null before the first import. */
    public ExclusionList current() {
        return em.createQuery("select l from ExclusionList l where l.source = :source and l.current = true "
                        + "order by l.importedAt desc, l.id desc", ExclusionList.class)
                .setParameter("source", ExclusionSource.OIG_LEIE).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * Imports an LEIE CSV file as the new current list version; the previous version is kept. Lines that
     * cannot be read are skipped and reported. Refused on the field "file" when the file is empty, too large,
     * not in the LEIE layout, has no readable row, or is the current version again.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public LeieImport importLeie(String fileName, InputStream content) {
        byte[] bytes = read(content);
        String sha256 = Checksums.sha256(bytes);
        ExclusionList previous = current();
        if (previous != null && previous.getSha256().equals(sha256)) {
            throw RuleViolation.onField("file", "exclusion.file.same", previous.getFileName());
        }
        String user = caller();
        ExclusionList list = new ExclusionList(ExclusionSource.OIG_LEIE, FileNames.safe(fileName), sha256, clock.instant(), user);
        em.persist(list);
        em.flush(); // the rows' foreign key needs the list row first
        List<LeieProblem> problems = new ArrayList<>();
        int[] errors = {0};
        int rows;
        try (EntryWriter writer = new EntryWriter(em.unwrap(Connection.class), list.getId())) {
            rows = LeieParser.parse(progress.track(user, new ByteArrayInputStream(bytes), bytes.length), row -> {
                try {
                    writer.add(row);
                } catch (SQLException e) {
                    throw new IllegalStateException("LEIE row could not be stored", e);
                }
            }, problem -> {
                if (errors[0]++ < MAX_PROBLEMS) {
                    problems.add(problem);
                }
            });
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("LEIE import failed", e);
        } finally {
            progress.done(user);
        }
        if (rows == 0) {
            throw RuleViolation.onField("file", "exclusion.file.noRows");
        }
        if (previous != null) {
            previous.retire();
        }
        list.complete(rows, errors[0]);
        em.flush();
        return new LeieImport(list, problems);
    }

    /**
     * Screens every active staff member against the current list version: one screening row each, an open
     * match for every list row found that was not seen before, and today as their last screening date.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public ScreeningSummary screenAll() {
        ExclusionList list = current();
        if (list == null) {
            throw new RuleViolation("exclusion.list.none");
        }
        audit.because("Exclusion screening against " + list.getSource() + " " + list.getFileName() + " (list " + list.getId() + ")");
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        ScreeningRun run = new ScreeningRun(list, now, caller());
        em.persist(run);
        Map<Long, Map<ExclusionEntry, MatchBasis>> found = finder.find(list);
        Map<String, ScreeningMatch> known = knownMatches(list);
        List<StaffMember> staff = em.createQuery("select s from StaffMember s where s.active = true order by s.id",
                StaffMember.class).getResultList();
        int possible = 0;
        int added = 0;
        for (StaffMember member : staff) {
            ScreeningResult result = ScreeningResult.CLEAR;
            for (Map.Entry<ExclusionEntry, MatchBasis> hit : found.getOrDefault(member.getId(), Map.of()).entrySet()) {
                ScreeningMatch match = known.get(member.getId() + ":" + hit.getKey().getId());
                if (match == null) {
                    em.persist(new ScreeningMatch(run, member, hit.getKey(), hit.getValue(), now));
                    added++;
                }
                if (match == null || match.getStatus() != MatchStatus.DISMISSED) {
                    result = ScreeningResult.POSSIBLE_MATCH;
                }
            }
            possible += result == ScreeningResult.POSSIBLE_MATCH ? 1 : 0;
            em.persist(new Screening(run, member, today, result));
            member.setLastScreenedOn(today);
        }
        run.finish(clock.instant(), staff.size(), possible);
        em.flush();
        return new ScreeningSummary(run.getId(), staff.size(), possible, added);
    }

    /** Confirms a possible match: the staff member is excluded from now on. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public ScreeningMatch confirm(Long matchId, long loadedVersion, String reason) {
        ScreeningMatch match = review(matchId, loadedVersion, reason, MatchStatus.CONFIRMED);
        match.getStaff().setExcluded(true);
        return versions.flush(match);
    }

    /** Dismisses a possible match as a false positive; later runs against the same list row do not raise it again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public ScreeningMatch dismiss(Long matchId, long loadedVersion, String reason) {
        return versions.flush(review(matchId, loadedVersion, reason, MatchStatus.DISMISSED));
    }

    public long countMatches(MatchStatus status) {
        return em.createQuery("select count(m) from ScreeningMatch m where m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** A page of the review queue: open matches oldest first, decided ones latest decision first. */
    public List<MatchRow> matches(MatchStatus status, int first, int pageSize) {
        String order = status == MatchStatus.OPEN ? "m.foundAt, m.id" : "m.reviewedAt desc, m.id desc";
        return em.createQuery("select new org.iopmanager.staff.boundary.MatchRow(m.id, m.version, s.id, s.firstName, "
                        + "s.middleName, s.lastName, s.dateOfBirth, s.npi, m.basis, e.lastName, e.firstName, e.middleName, "
                        + "e.businessName, e.dob, e.npi, e.exclusionType, e.exclusionDate, m.status, m.foundAt, m.reviewedBy, "
                        + "m.reviewedAt, m.reason) from ScreeningMatch m join m.staff s join m.entry e "
                        + "where m.status = :status order by " + order, MatchRow.class)
                .setParameter("status", status).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Every screening of one staff member, newest first, each with the list version it used. */
    public List<ScreeningRow> screeningsFor(Long staffId) {
        return em.createQuery("select new org.iopmanager.staff.boundary.ScreeningRow(c.id, c.screenedOn, c.result, l.id, "
                        + "l.fileName, l.importedAt) from Screening c join c.list l where c.staff.id = :staff "
                        + "order by c.screenedOn desc, c.id desc", ScreeningRow.class)
                .setParameter("staff", staffId).getResultList();
    }

    private ScreeningMatch review(Long matchId, long loadedVersion, String reason, MatchStatus decision) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.onField("reason", "exclusion.reason.required");
        }
        if (why.length() > ScreeningMatch.REASON_MAX) {
            throw RuleViolation.onField("reason", "exclusion.reason.size", ScreeningMatch.REASON_MAX);
        }
        ScreeningMatch match = versions.current(ScreeningMatch.class, matchId, loadedVersion);
        if (!match.isOpen()) {
            throw new RuleViolation("exclusion.match.reviewed");
        }
        audit.because(why);
        match.review(decision, caller(), clock.instant(), why);
        return match;
    }

    private Map<String, ScreeningMatch> knownMatches(ExclusionList list) {
        Map<String, ScreeningMatch> known = new HashMap<>();
        em.createQuery("select m from ScreeningMatch m join fetch m.staff join fetch m.entry e where e.list = :list", ScreeningMatch.class)
                .setParameter("list", list).getResultList()
                .forEach(m -> known.put(m.getStaff().getId() + ":" + m.getEntry().getId(), m));
        return known;
    }

    private byte[] read(InputStream content) {
        if (content == null) {
            throw RuleViolation.onField("file", "document.file.empty");
        }
        try {
            byte[] bytes = limits.read(content);
            if (bytes.length == 0) {
                throw RuleViolation.onField("file", "document.file.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
