package org.iopmanager.staff.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.Clearance;
import org.iopmanager.staff.control.ClearanceRule;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.control.StaffChoice;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.ServiceEligibility;
import org.iopmanager.staff.entity.StaffMember;

/**
 * The one answer the rest of the application obeys: may this staff member deliver this service at this site on
 * this day, and if not, why. Treatment plans and session scheduling call it; clinicians may ask about staff of
 * their own sites (to choose who delivers an intervention), never about anybody's credential details.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME, Role.CLINICIAN_NAME})
public class Clearances {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    StaffScope staffScope;

    @Inject
    CredentialStatusRule statusRule;

    @Inject
    java.time.Clock clock;

    public Clearance check(Long staffId, ClinicalService service, Long siteId, LocalDate day) {
        StaffMember staff = load(staffId, siteId);
        return forCaller(rule().decide(staff, credentialsOf(staff), service, siteId, day));
    }

    /**
     * Whether the staff member is cleared for the service only by an associate (supervised) licence, so that what
     * they sign needs their supervisor's signature too. Says nothing about which credential it is.
     */
    public boolean clearedOnlyUnderSupervision(Long staffId, ClinicalService service, Long siteId, LocalDate day) {
        StaffMember staff = load(staffId, siteId);
        return rule().clearedOnlyUnderSupervision(staff, credentialsOf(staff), service, siteId, day);
    }

    /**
     * Clinicians choose who delivers a service; why somebody is not cleared (a licence number, a discrepancy at
     * the board, an exclusion) is credentialing data they do not see, so they get the answer with a pointer to
     * the credentialing office.
     */
    private Clearance forCaller(Clearance answer) {
        if (siteScope.current().role() != Role.CLINICIAN) {
            return answer;
        }
        return new Clearance(answer.service(), answer.day(), answer.allowed(),
                List.of(new Clearance.Reason(answer.allowed() ? "clearance.cleared" : "clearance.notCleared")));
    }

    /** Today's date at a site the caller may see, the default day of a clearance question. */
    public LocalDate todayAt(Long siteId) {
        siteScope.checkSite(siteId);
        org.iopmanager.site.entity.Site site = em.find(org.iopmanager.site.entity.Site.class, siteId);
        if (site == null) {
            throw new NotFound("Site", siteId);
        }
        return LocalDate.now(clock.withZone(site.zone()));
    }

    /** Every service at once, for the staff page. */
    public List<Clearance> overview(Long staffId, Long siteId, LocalDate day) {
        StaffMember staff = load(staffId, siteId);
        List<Credential> credentials = credentialsOf(staff);
        ClearanceRule rule = rule();
        List<Clearance> answers = new ArrayList<>();
        for (ClinicalService service : ClinicalService.values()) {
            answers.add(rule.decide(staff, credentials, service, siteId, day));
        }
        return answers;
    }

    /**
     * The active staff who work at a site, each with the answer for one service on one day (cleared first, then by
     * name): what the clinical pages offer as primary clinician, responsible staff or facilitator. Credentials of
     * all of them come in one query.
     */
    public List<StaffChoice> choices(Long siteId, ClinicalService service, LocalDate day) {
        siteScope.checkSite(siteId);
        List<StaffMember> staff = em.createQuery("select s from StaffMember s join s.sites site where site.id = :site "
                + "and s.active = true order by s.sortName, s.id", StaffMember.class).setParameter("site", siteId).getResultList();
        if (staff.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Credential>> credentials = new HashMap<>();
        for (Credential credential : em.createQuery("select c from Credential c join fetch c.type where c.staff in :staff "
                + "and c.active = true order by c.kind, c.expiryDate desc, c.id", Credential.class)
                .setParameter("staff", staff).getResultList()) {
            credentials.computeIfAbsent(credential.getStaff().getId(), id -> new ArrayList<>()).add(credential);
        }
        ClearanceRule rule = rule();
        List<StaffChoice> choices = new ArrayList<>();
        for (StaffMember member : staff) {
            Clearance answer = rule.decide(member, credentials.getOrDefault(member.getId(), List.of()), service, siteId, day);
            choices.add(new StaffChoice(member.getId(), member.getFullName(), forCaller(answer)));
        }
        choices.sort(java.util.Comparator.comparing((StaffChoice c) -> !c.allowed()));
        return choices;
    }

    private StaffMember load(Long staffId, Long siteId) {
        siteScope.checkSite(siteId);
        StaffMember staff = staffId == null ? null : em.find(StaffMember.class, staffId);
        Scope scope = siteScope.current();
        if (staff != null && scope.role() == Role.CLINICIAN && !staff.worksAt(siteId)) {
            throw new NotFound("StaffMember", staffId);
        }
        if (scope.role() != Role.CLINICIAN) {
            staffScope.check(staff, staffId);
        } else if (staff == null) {
            throw new NotFound("StaffMember", staffId);
        }
        return staff;
    }

    private List<Credential> credentialsOf(StaffMember staff) {
        return em.createQuery("select c from Credential c join fetch c.type where c.staff = :staff and c.active = true "
                + "order by c.kind, c.expiryDate desc, c.id", Credential.class).setParameter("staff", staff).getResultList();
    }

    private ClearanceRule rule() {
        Map<String, Map<ClinicalService, CredentialKind>> table = new HashMap<>();
        for (ServiceEligibility row : em.createQuery("select e from ServiceEligibility e join fetch e.credentialType",
                ServiceEligibility.class).getResultList()) {
            table.computeIfAbsent(row.getCredentialType().getCode(), code -> new EnumMap<>(ClinicalService.class))
                    .put(row.getService(), row.getRequiresKind() == null ? ClearanceRule.NONE : row.getRequiresKind());
        }
        return new ClearanceRule(statusRule, table);
    }
}
