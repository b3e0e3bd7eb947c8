package org.iopmanager.staff.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.audit.control.AuditWriter;
import org.iopmanager.document.control.Checksums;
import org.iopmanager.document.control.FileNames;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.staff.entity.ExclusionEntry;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.ExclusionSource;
import org.iopmanager.staff.entity.MatchStatus;
import org.iopmanager.staff.entity.Screening;
import org.iopmanager.staff.entity.ScreeningMatch;
import org.iopmanager.staff.entity.ScreeningResult;
import org.iopmanager.staff.entity.ScreeningRun;
import org.iopmanager.staff.entity.StaffMember;

/**
 * The work of exclusion screening, without the caller checks: importing a list version and screening every
 * active staff member. The {@code Exclusions} facade runs it for signed-in users; demo mode runs it at start-up.
 */
@Dependent
public class ExclusionScreening {

    /** Skipped lines returned to the page; the count of all of them is on the list version. */
    public static final int MAX_PROBLEMS = 200;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    ImportProgress progress;

    @Inject
    MatchFinder finder;

    @Inject
    AuditContext audit;

    @Inject
    AuditWriter auditWriter;

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
    public LeieImport importList(String fileName, byte[] bytes, String user) {
        audit.because("Exclusion list import: " + FileNames.safe(fileName));
        String sha256 = Checksums.sha256(bytes);
        ExclusionList previous = current();
        if (previous != null && previous.getSha256().equals(sha256)) {
            throw RuleViolation.onField("file", "exclusion.file.same", previous.getFileName());
        }
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
            progress.finish(user);
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
     * match for every list row found that was not seen before, and today (in their home site's zone) as their last
     * screening date. The screenings and dates are written set-wise ({@link ScreeningWriter}), each audited as
     * EclipseLink would audit it; the run and the few matches go through the entity manager. A staff member the
     * caller's persistence context already holds is stale afterwards (its screening date and version): refresh it before
     * changing it in the same transaction.
     */
    public ScreeningSummary screenAll(String user) {
        ExclusionList list = current();
        if (list == null) {
            throw new RuleViolation("exclusion.list.none");
        }
        audit.because("Exclusion screening against " + list.getSource() + " " + list.getFileName() + " (list " + list.getId() + ")");
        Instant now = clock.instant();
        ScreeningRun run = new ScreeningRun(list, now, user);
        em.persist(run);
        em.flush(); // the screenings' foreign key needs the run row
        List<Object[]> staff = em.createQuery("select s.id, s.version, s.lastScreenedOn, h.timeZone from StaffMember s "
                + "join s.homeSite h where s.active = true order by s.id", Object[].class).getResultList();
        Map<Long, List<MatchFinder.Hit>> found = new HashMap<>();
        finder.find(list).forEach(hit -> found.computeIfAbsent(hit.staffId(), id -> new ArrayList<>()).add(hit));
        Map<String, MatchStatus> known = knownMatches();
        Map<String, LocalDate> todayIn = new HashMap<>();
        ScreeningWriter writer = new ScreeningWriter(em.unwrap(Connection.class), auditWriter, run.getId(), list.getId());
        List<MatchFinder.Hit> newHits = new ArrayList<>();
        int possible = 0;
        for (Object[] row : staff) {
            ScreeningWriter.Member member = new ScreeningWriter.Member((Long) row[0], ((Number) row[1]).longValue(),
                    (LocalDate) row[2]);
            ScreeningResult result = ScreeningResult.CLEAR;
            for (MatchFinder.Hit hit : found.getOrDefault(member.id(), List.of())) {
                MatchStatus status = known.get(hit.identity());
                if (status == null) {
                    newHits.add(hit);
                }
                if (status != MatchStatus.DISMISSED) {
                    result = ScreeningResult.POSSIBLE_MATCH;
                }
            }
            possible += result == ScreeningResult.POSSIBLE_MATCH ? 1 : 0;
            LocalDate today = todayIn.computeIfAbsent((String) row[3], zone -> LocalDate.now(clock.withZone(ZoneId.of(zone))));
            writer.add(member, today, result);
        }
        try {
            writer.write();
        } catch (SQLException e) {
            throw new IllegalStateException("Screenings could not be stored", e);
        }
        // After the staff rows changed, so that a staff member the matches load is read as it now is.
        for (MatchFinder.Hit hit : newHits) {
            em.persist(new ScreeningMatch(run, em.getReference(StaffMember.class, hit.staffId()),
                    em.getReference(ExclusionEntry.class, hit.entryId()), hit.basis(), now));
        }
        int added = newHits.size();
        run.finish(clock.instant(), staff.size(), possible);
        em.flush();
        return new ScreeningSummary(run.getId(), staff.size(), possible, added);
    }

    /**
     * Every earlier decision by the identity of the listed person, across list versions: each monthly file has
     * new row ids, and a false positive dismissed last month must not come back as new. The latest decision
     * for a staff member and listed person wins.
     */
    private Map<String, MatchStatus> knownMatches() {
        Map<String, MatchStatus> known = new HashMap<>();
        for (Object[] m : em.createQuery("select m.staff.id, e.npi, e.lastKey, e.firstKey, e.dob, e.exclusionDate, m.status "
                + "from ScreeningMatch m join m.entry e order by m.foundAt, m.id", Object[].class).getResultList()) {
            known.put(MatchFinder.identity((Long) m[0], (String) m[1], (String) m[2], (String) m[3], (LocalDate) m[4],
                    (LocalDate) m[5]), (MatchStatus) m[6]);
        }
        return known;
    }
}
