package org.iopmanager.staff.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.staff.control.NameMatch.PersonName;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.MatchBasis;

/**
 * Finds the list rows that may be active staff members: the same NPI, or the same date of birth and a name
 * that {@link NameMatch} accepts. Two set queries for all staff, not two per person, so a run over a thousand
 * staff stays a matter of seconds; they read the columns the match needs, not entities: on a provider of 6,000 staff
 * the date-of-birth join gives tens of thousands of pairs, almost all of them other people (issue 7). An NPI match
 * wins over a name match on the same row.
 */
@Dependent
public class MatchFinder {

    private static final String ENTRY = "e.id, e.npi, e.lastKey, e.firstKey, e.dob, e.exclusionDate";
    /** List rows read by id at a time: an {@code IN} list well below any database's parameter limit. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    /** A list row that may be this staff member, with what identifies the listed person across list versions. */
    public record Hit(long staffId, long entryId, String identity, MatchBasis basis) {
    }

    /** The hits, NPI matches first, one per staff member and list row. */
    public List<Hit> find(ExclusionList list) {
        List<Hit> found = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (Object[] row : pairs("s.id, " + ENTRY, "e.npi = s.npi", list)) {
            add(found, pairs, row, MatchBasis.NPI);
        }
        // Same date of birth: tens of thousands of pairs on a large provider, nearly all other people. First only the ids
        // and the listed last-name key, kept where the staff member's key is the same (the first thing NameMatch asks);
        // then the names of those few, to which NameMatch is applied in full.
        Map<Long, PersonName> staffNames = new HashMap<>();
        Map<Long, String> staffKeys = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.lastName, s.firstName, s.middleName from StaffMember s "
                + "where s.active = true", Object[].class).getResultList()) {
            staffNames.put((Long) row[0], new PersonName((String) row[1], (String) row[2], (String) row[3]));
            staffKeys.put((Long) row[0], NameMatch.key((String) row[1]));
        }
        Map<Long, List<Long>> staffByEntry = new LinkedHashMap<>();
        for (Object[] row : pairs("s.id, e.id, e.lastKey", "e.dob = s.dateOfBirth", list)) {
            String key = staffKeys.get((Long) row[0]);
            if (key != null && !key.isEmpty() && key.equals(row[2])) {
                staffByEntry.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add((Long) row[0]);
            }
        }
        List<Long> entryIds = new ArrayList<>(staffByEntry.keySet());
        for (int from = 0; from < entryIds.size(); from += CHUNK) {
            for (Object[] entry : em.createQuery("select " + ENTRY + ", e.lastName, e.firstName, e.middleName "
                            + "from ExclusionEntry e where e.id in :ids order by e.id", Object[].class)
                    .setParameter("ids", entryIds.subList(from, Math.min(from + CHUNK, entryIds.size()))).getResultList()) {
                PersonName listed = new PersonName((String) entry[6], (String) entry[7], (String) entry[8]);
                for (Long staffId : staffByEntry.get((Long) entry[0])) {
                    if (NameMatch.matches(staffNames.get(staffId), listed)) {
                        Object[] row = new Object[7];
                        row[0] = staffId;
                        System.arraycopy(entry, 0, row, 1, 6);
                        add(found, pairs, row, MatchBasis.NAME_DOB);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A staff member and the listed person, by what stays the same between list versions: each monthly file has new
     * row ids, and a decision on last month's row must hold for this month's.
     */
    public static String identity(long staffId, String npi, String lastKey, String firstKey, LocalDate dob,
            LocalDate exclusionDate) {
        return staffId + ":" + npi + ":" + lastKey + ":" + firstKey + ":" + dob + ":" + exclusionDate;
    }

    private List<Object[]> pairs(String columns, String condition, ExclusionList list) {
        return em.createQuery("select " + columns + " from StaffMember s, ExclusionEntry e where e.list = :list "
                + "and s.active = true and " + condition, Object[].class).setParameter("list", list).getResultList();
    }

    private static void add(List<Hit> found, Set<String> pairs, Object[] row, MatchBasis basis) {
        long staffId = (Long) row[0];
        long entryId = (Long) row[1];
        if (pairs.add(staffId + ":" + entryId)) {
            found.add(new Hit(staffId, entryId, identity(staffId, (String) row[2], (String) row[3], (String) row[4],
                    (LocalDate) row[5], (LocalDate) row[6]), basis));
        }
    }
}
