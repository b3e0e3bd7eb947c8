package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.DayOfWeek;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.schedule.control.Recurrence;
import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.schedule.control.SiteCalendar;
import org.iopmanager.schedule.entity.Attendance;
import org.iopmanager.schedule.entity.AttendanceStatus;
import org.iopmanager.schedule.entity.Enrolment;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.SessionSeries;
import org.iopmanager.schedule.entity.TherapySession;
import org.iopmanager.schedule.entity.WorkshopTopic;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.ClearanceRule;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.ServiceEligibility;
import org.iopmanager.staff.entity.StaffMember;

/**
 * A programme's weeks at each site of the census, from three weeks ago to two weeks ahead: a morning and an evening
 * track (Monday, Wednesday, Thursday, 3 hours: a process group in the morning, relapse prevention in the evening), a
 * weekly mindfulness workshop, a weekly individual session per participant and one family session. Open episodes
 * are enrolled (alternately in the morning and the evening track); past sessions have attendance with a few
 * absences and late arrivals, so that some participants fall short of the minimum this week and last. Facilitators
 * are staff of the site cleared for the service today, by the clearance rule the application obeys.
 */
@Dependent
public class DemoSessions {

    private static final String RECORDER = "demo";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    CredentialStatusRule statusRule;

    @Inject
    Clock clock;

    public void load(List<Episode> census) {
        Map<Long, List<Episode>> bySite = new LinkedHashMap<>();
        census.stream().filter(Episode::isOpen)
                .forEach(e -> bySite.computeIfAbsent(e.owningSiteId(), id -> new ArrayList<>()).add(e));
        ClearanceRule rule = rule();
        bySite.forEach((siteId, episodes) -> site(em.find(Site.class, siteId), episodes, rule));
        em.flush();
    }

    private void site(Site site, List<Episode> episodes, ClearanceRule rule) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        LocalDate from = SiteCalendar.weekOf(today).minusWeeks(3);
        LocalDate until = SiteCalendar.weekOf(today).plusWeeks(2).plusDays(6);
        Optional<StaffMember> group = facilitator(site, ClinicalService.GROUP_THERAPY, today, rule);
        Optional<StaffMember> workshop = facilitator(site, ClinicalService.EDUCATIONAL_WORKSHOP, today, rule);
        Optional<StaffMember> counsellor = facilitator(site, ClinicalService.INDIVIDUAL_COUNSELLING, today, rule);
        Optional<StaffMember> family = facilitator(site, ClinicalService.FAMILY_THERAPY, today, rule);
        Set<DayOfWeek> track = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        List<Episode> morning = new ArrayList<>();
        List<Episode> evening = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            (i % 2 == 0 ? morning : evening).add(episodes.get(i));
        }
        group.ifPresent(staff -> series(site, plan(SessionKind.GROUP_THERAPY, null, "Morning process group", staff,
                "Group room 1", 16, LocalTime.of(9, 0), 180), track, from, until, morning));
        (workshop.isPresent() ? workshop : group).ifPresent(staff -> series(site, plan(SessionKind.EDUCATIONAL_WORKSHOP,
                WorkshopTopic.RELAPSE_PREVENTION, "Evening relapse prevention", staff, "Group room 2", 16, LocalTime.of(18, 0), 180),
                track, from, until, evening));
        workshop.ifPresent(staff -> series(site, plan(SessionKind.EDUCATIONAL_WORKSHOP, WorkshopTopic.MINDFULNESS,
                "Mindfulness skills", staff, "Group room 2", 16, LocalTime.of(13, 0), 60), EnumSet.of(DayOfWeek.TUESDAY),
                from, until, List.of()));
        counsellor.ifPresent(staff -> {
            for (int i = 0; i < episodes.size(); i++) {
                Episode episode = episodes.get(i);
                series(site, plan(SessionKind.INDIVIDUAL_COUNSELLING, null, "Individual session", staff, "Office 3", 1,
                        LocalTime.of(10, 0).plusMinutes(60L * (i % 7)), 50), EnumSet.of(DayOfWeek.FRIDAY), from, until, List.of(episode));
            }
        });
        family.ifPresent(staff -> familySession(site, staff, episodes, today));
    }

    private static SessionPlan plan(SessionKind kind, WorkshopTopic topic, String title, StaffMember staff, String room,
            int capacity, LocalTime start, int minutes) {
        return new SessionPlan(kind, topic, title, staff.getId(), null, room, capacity, null, start, minutes, List.of());
    }

    private void series(Site site, SessionPlan plan, Set<DayOfWeek> days, LocalDate from, LocalDate until, List<Episode> enrolled) {
        List<LocalDate> dates = new Recurrence(days, from, until, null).dates();
        StaffMember facilitator = em.find(StaffMember.class, plan.facilitatorId());
        SessionSeries series = new SessionSeries(site, plan, days, dates.get(0), dates.get(dates.size() - 1), facilitator, null);
        em.persist(series);
        for (Episode episode : enrolled) {
            em.persist(new Enrolment(episode, series, null, RECORDER, clock.instant()));
        }
        int index = 0;
        for (LocalDate day : dates) {
            TherapySession session = new TherapySession(site, series);
            session.plan(plan, day, facilitator, null);
            em.persist(session);
            attend(session, enrolled, index++);
        }
    }

    private void familySession(Site site, StaffMember staff, List<Episode> episodes, LocalDate today) {
        for (Episode episode : episodes) {
            List<FamilyMember> members = em.createQuery("select f from FamilyMember f where f.participant = :p "
                    + "and f.consentToInvolve = true", FamilyMember.class).setParameter("p", episode.getParticipant()).getResultList();
            if (members.isEmpty()) {
                continue;
            }
            TherapySession session = new TherapySession(site, null);
            session.plan(plan(SessionKind.FAMILY_THERAPY, null, "Family session", staff, "Family room", 1, LocalTime.of(17, 0), 60),
                    today.plusDays(3), staff, null);
            session.setFamilyMembers(Set.copyOf(members));
            em.persist(session);
            em.persist(new Enrolment(episode, null, session, RECORDER, clock.instant()));
            return;
        }
    }

    /**
     * Attendance of a past session: present by default; every fourth participant misses one session in each of the
     * last two weeks (short of the minimum), every fifth arrives half an hour late now and then.
     */
    private void attend(TherapySession session, List<Episode> enrolled, int index) {
        Instant now = clock.instant();
        if (session.getEndsAt().isAfter(now) || enrolled.isEmpty()) {
            return;
        }
        LocalDate thisWeek = SiteCalendar.weekOf(LocalDate.now(clock.withZone(session.zone())));
        boolean recent = !session.getWeekStart().isBefore(thisWeek.minusWeeks(1));
        for (int i = 0; i < enrolled.size(); i++) {
            Episode episode = enrolled.get(i);
            if (session.getSessionDate().isBefore(episode.getAdmissionDate())) {
                continue;
            }
            AttendanceStatus status = AttendanceStatus.PRESENT;
            int minutes = session.getDurationMinutes();
            if (recent && i % 4 == 1 && index % 3 == 0) {
                status = AttendanceStatus.ABSENT;
                minutes = 0;
            } else if (i % 5 == 2 && index % 2 == 1 && minutes > 30) {
                status = AttendanceStatus.LATE;
                minutes -= 30;
            } else if (i % 7 == 3 && index % 4 == 2) {
                status = AttendanceStatus.EXCUSED;
                minutes = 0;
            }
            Attendance attendance = new Attendance(session, episode);
            attendance.record(status, minutes, Set.of(), RECORDER, now);
            em.persist(attendance);
        }
        session.markHeld();
    }

    private Optional<StaffMember> facilitator(Site site, ClinicalService service, LocalDate day, ClearanceRule rule) {
        List<StaffMember> staff = em.createQuery("select s from StaffMember s join s.sites site where site = :site "
                + "and s.active = true order by s.sortName, s.id", StaffMember.class).setParameter("site", site).getResultList();
        for (StaffMember member : staff) {
            List<Credential> credentials = em.createQuery("select c from Credential c join fetch c.type where c.staff = :s "
                    + "and c.active = true", Credential.class).setParameter("s", member).getResultList();
            if (rule.decide(member, credentials, service, site.getId(), day).allowed()) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
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
