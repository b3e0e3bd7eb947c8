package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.control.FollowUpLog;
import org.iopmanager.aftercare.control.FollowUpPlanner;
import org.iopmanager.aftercare.entity.ContactMethod;
import org.iopmanager.aftercare.entity.FollowUp;
import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Focus;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.ReferralSource;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.site.entity.Site;

/**
 * Follow-up after discharge at each site of the census: the census's discharged episodes get their follow-up (checks
 * due soon or overdue), and a few former participants per site discharged over the last six months have theirs with
 * attempts, outcomes and alumni meetings in a mix that differs month by month, so that the due list has due, overdue,
 * done and lost follow-ups and the rates chart months with different figures. Their primary clinician is the one of
 * the site's first census episode. Dates are relative to today; nothing is in the future.
 */
@Dependent
public class DemoFollowUps {

    private static final String BY = "demo";
    private static final String[] FIRST = {"Avery", "Blake", "Cameron", "Devon", "Emery", "Finley", "Harper", "Jesse",
        "Kendall", "Logan", "Morgan", "Parker", "Quinn", "Reese", "Rowan", "Skyler", "Taylor", "Whitney"};
    private static final String[] LAST = {"Abbott", "Barnes", "Carver", "Dalton", "Ellis", "Fletcher", "Gibson",
        "Hardy", "Irwin", "Jennings", "Keller", "Lowe", "Mercer", "Nolan", "Osborne", "Pierce", "Quincy", "Rhodes"};

    /** What happened after a discharge. */
    enum Story { ENGAGED, ALUMNI, LATE, LOST, READMITTED, DECLINED, OPEN }

    /** Months ago (1 to 6) → the stories of that month's discharges at a site; the site's index shifts the mix. */
    private static final Story[][] MONTHS = {
        {Story.ENGAGED, Story.ALUMNI, Story.LOST},
        {Story.ENGAGED, Story.ENGAGED, Story.ALUMNI, Story.LATE},
        {Story.LATE, Story.LOST, Story.DECLINED},
        {Story.ENGAGED, Story.ALUMNI, Story.ALUMNI, Story.READMITTED, Story.LOST},
        {Story.ENGAGED, Story.LATE},
        {Story.ALUMNI, Story.ENGAGED, Story.ENGAGED, Story.LOST}};

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    FollowUpPlanner planner;

    @Inject
    FollowUpLog log;

    @Inject
    Clock clock;

    public void load(List<Episode> census) {
        Map<Long, Episode> firstBySite = new LinkedHashMap<>();
        for (Episode e : census) {
            firstBySite.putIfAbsent(e.owningSiteId(), e);
            if (!e.isOpen()) {
                planner.planFor(e);
            }
        }
        int siteIndex = 0;
        for (Episode model : firstBySite.values()) {
            site(em.find(Site.class, model.owningSiteId()), model, siteIndex++);
        }
        em.flush();
    }

    private void site(Site site, Episode model, int siteIndex) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        int number = 9001;
        List<Story> recent = List.of(Story.OPEN, Story.ENGAGED, Story.LOST);
        int[] recentDaysAgo = {15, 12, 27};
        for (int i = 0; i < recent.size(); i++) {
            story(site, model, number++, today.minusDays(recentDaysAgo[i]), recent.get(i), today);
        }
        for (int monthsAgo = 1; monthsAgo <= MONTHS.length; monthsAgo++) {
            Story[] stories = MONTHS[(monthsAgo - 1 + siteIndex) % MONTHS.length];
            LocalDate month = today.minusMonths(monthsAgo).withDayOfMonth(1);
            for (int i = 0; i < stories.length; i++) {
                LocalDate discharged = month.plusDays(3L + 6L * i);
                story(site, model, number++, discharged, stories[i], today);
            }
        }
    }

    private void story(Site site, Episode model, int number, LocalDate discharged, Story story, LocalDate today) {
        Episode episode = formerParticipant(site, model, number, discharged);
        FollowUp f = planner.planFor(episode);
        switch (story) {
            case ENGAGED -> {
                attempt(site, f, discharged.plusDays(1), ContactMethod.PHONE, false, "Voicemail left", today);
                attempt(site, f, discharged.plusDays(3), ContactMethod.PHONE, true, "Started outpatient counselling", today);
                attempt(site, f, discharged.plusDays(29), ContactMethod.VIDEO, true, "Still attending counselling", today);
                conclude(f, FollowUpOutcome.ENGAGED_IN_AFTERCARE, discharged.plusDays(29), today);
            }
            case ALUMNI -> {
                attempt(site, f, discharged.plusDays(2), ContactMethod.TEXT, true, "Invited to the alumni group", today);
                alumni(f, discharged.plusDays(9), today);
                alumni(f, discharged.plusDays(16), today);
                attempt(site, f, discharged.plusDays(30), ContactMethod.PHONE, true, null, today);
            }
            case LATE -> {
                attempt(site, f, discharged.plusDays(4), ContactMethod.PHONE, false, null, today);
                attempt(site, f, discharged.plusDays(9), ContactMethod.EMAIL, true, "Reached after the first week", today);
            }
            case LOST -> {
                attempt(site, f, discharged.plusDays(2), ContactMethod.PHONE, false, "No answer", today);
                attempt(site, f, discharged.plusDays(5), ContactMethod.TEXT, false, null, today);
                attempt(site, f, discharged.plusDays(8), ContactMethod.LETTER, false, "Letter to the address on file", today);
            }
            case READMITTED -> {
                attempt(site, f, discharged.plusDays(6), ContactMethod.PHONE, true, null, today);
                conclude(f, FollowUpOutcome.READMITTED, discharged.plusDays(20), today);
            }
            case DECLINED -> {
                attempt(site, f, discharged.plusDays(1), ContactMethod.PHONE, true, "Does not want further calls", today);
                conclude(f, FollowUpOutcome.DECLINED, discharged.plusDays(1), today);
            }
            case OPEN -> attempt(site, f, discharged.plusDays(3), ContactMethod.PHONE, false, "No answer", today);
        }
    }

    private void attempt(Site site, FollowUp f, LocalDate day, ContactMethod method, boolean reached, String note, LocalDate today) {
        if (!day.isAfter(today)) {
            // at 10:30 on the site's clock, or now if today's 10:30 has not come yet: never an attempt in the future
            java.time.Instant at = day.atTime(LocalTime.of(10, 30)).atZone(site.zone()).toInstant();
            java.time.Instant now = clock.instant();
            log.attempt(f, at.isAfter(now) ? now : at, day, method, reached, note, BY);
        }
    }

    private void alumni(FollowUp f, LocalDate day, LocalDate today) {
        if (!day.isAfter(today)) {
            log.alumni(f, day, "Thursday alumni group", BY);
        }
    }

    private static void conclude(FollowUp f, FollowUpOutcome outcome, LocalDate on, LocalDate today) {
        if (!on.isAfter(today)) {
            f.conclude(outcome, on, null);
        }
    }

    /** A participant discharged on the day after six weeks of care, on file with the site's demo record numbers. */
    private Episode formerParticipant(Site site, Episode model, int number, LocalDate discharged) {
        Participant draft = new Participant();
        draft.setRecordNumber(site.getCode() + "-" + number);
        draft.setFirstName(FIRST[number % FIRST.length]);
        draft.setLastName(LAST[(number / FIRST.length + number) % LAST.length]);
        draft.setDateOfBirth(LocalDate.of(1970 + number % 30, 1 + number % 12, 1 + number % 27));
        Participant participant = new Participant(site, clock.instant());
        participant.copyDetailsFrom(draft);
        em.persist(participant);
        Episode details = new Episode();
        details.setAdmissionDate(discharged.minusWeeks(6));
        details.setTrack(Track.ADULT_IOP);
        details.setFocus(number % 2 == 0 ? Focus.SUBSTANCE_USE : Focus.CO_OCCURRING);
        details.setLevelOfCare(LevelOfCare.ASAM_2_1);
        details.setReferralSource(ReferralSource.SELF);
        Episode episode = new Episode(participant);
        episode.copyDetailsFrom(details);
        episode.setPrimaryClinician(model.getPrimaryClinician());
        episode.discharge(discharged, DischargeReason.COMPLETED);
        em.persist(episode);
        return episode;
    }
}
