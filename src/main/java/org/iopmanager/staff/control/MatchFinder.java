package org.iopmanager.staff.control;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.staff.control.NameMatch.PersonName;
import org.iopmanager.staff.entity.ExclusionEntry;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.MatchBasis;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Finds the list rows that may be active staff members: the same NPI, or the same date of birth and a name
 * that {@link NameMatch} accepts. Two set queries for all staff, not two per person, so a run over a thousand
 * staff stays a matter of seconds. An NPI match wins over a name match on the same row.
 */
@Dependent
public class MatchFinder {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    /** Staff id → list row → why. */
    public Map<Long, Map<ExclusionEntry, MatchBasis>> find(ExclusionList list) {
        Map<Long, Map<ExclusionEntry, MatchBasis>> found = new HashMap<>();
        for (Object[] pair : pairs("e.npi = s.npi", list)) {
            add(found, (StaffMember) pair[0], (ExclusionEntry) pair[1], MatchBasis.NPI);
        }
        for (Object[] pair : pairs("e.dob = s.dateOfBirth", list)) {
            StaffMember staff = (StaffMember) pair[0];
            ExclusionEntry entry = (ExclusionEntry) pair[1];
            PersonName listed = new PersonName(entry.getLastName(), entry.getFirstName(), entry.getMiddleName());
            if (NameMatch.matches(new PersonName(staff.getLastName(), staff.getFirstName(), staff.getMiddleName()), listed)) {
                add(found, staff, entry, MatchBasis.NAME_DOB);
            }
        }
        return found;
    }

    private List<Object[]> pairs(String condition, ExclusionList list) {
        return em.createQuery("select s, e from StaffMember s, ExclusionEntry e where e.list = :list and s.active = true and "
                + condition, Object[].class).setParameter("list", list).getResultList();
    }

    private static void add(Map<Long, Map<ExclusionEntry, MatchBasis>> found, StaffMember staff, ExclusionEntry entry,
            MatchBasis basis) {
        found.computeIfAbsent(staff.getId(), id -> new LinkedHashMap<>()).putIfAbsent(entry, basis);
    }
}
