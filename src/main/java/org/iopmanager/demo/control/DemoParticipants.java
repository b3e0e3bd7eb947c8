package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.participant.control.MeasureRules;
import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.participant.entity.Focus;
import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.ReferralSource;
import org.iopmanager.participant.entity.SafetyFlag;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.ClearanceRule;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.ServiceEligibility;
import org.iopmanager.staff.entity.StaffMember;

/**
 * A programme's census at each site, relative to today: 8-10 participants, adults, two adolescents and co-occurring
 * care, admitted over the last eight weeks, one discharged at each site; every open episode with an intake ASAM
 * assessment and a PHQ-9 and GAD-7 series (most improving, one worsening), one participant per site with a positive
 * PHQ-9 item 9 (the flag at the first site acknowledged). A participant's primary clinician is the first of the site's
 * staff cleared to counsel there on the admission day (by the same rule as admissions); when nobody is cleared on the
 * planned day the admission moves to the first day somebody is, and a participant nobody is ever cleared for stays on
 * file without an episode. Needs the staff loaded first.
 */
@Dependent
public class DemoParticipants {

    private static final String BY = "demo";

    /** first, last, preferred, born, track, focus, referral, admitted days ago, discharged days ago (-1 open), PHQ-9 start, GAD-7 start, trend, item 9. */
    private record Person(String first, String last, String preferred, String born, Track track, Focus focus,
            ReferralSource referral, int admittedAgo, int dischargedAgo, int phq, int gad, int trend, int item9) {
    }

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    CredentialStatusRule statusRule;

    @Inject
    Clock clock;

    private ClearanceRule clearance;
    private Instrument phq9;
    private Instrument gad7;

    /** @return the episodes made, open ones first (the treatment and schedule demo build on them) */
    public List<Episode> load(Site north, Site loop, Site front) {
        clearance = clearanceRule();
        phq9 = instrument("PHQ-9");
        gad7 = instrument("GAD-7");
        List<Episode> episodes = new ArrayList<>();
        episodes.addAll(census(north, north(), true));
        episodes.addAll(census(loop, loop(), false));
        episodes.addAll(census(front, front(), false));
        em.flush();
        episodes.sort(Comparator.comparing((Episode e) -> !e.isOpen()));
        return episodes;
    }

    private static List<Person> north() {
        return List.of(
                new Person("Jordan", "Alvarez", null, "1988-02-11", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.RESIDENTIAL_TRANSITION, 52, -1, 14, 9, -2, 0),
                new Person("Katherine", "Byrne", "Kate", "1979-09-30", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.PRIMARY_CARE, 44, -1, 19, 15, -2, 1),
                new Person("Malik", "Coleman", null, "1995-06-04", Track.ADULT_IOP, Focus.MENTAL_HEALTH, ReferralSource.SELF, 38, -1, 16, 13, -3, 0),
                new Person("Tyler", "Donovan", null, "2009-03-17", Track.ADOLESCENT_IOP, Focus.SUBSTANCE_USE, ReferralSource.FAMILY, 30, -1, 11, 8, -1, 0),
                new Person("Ava", "Nguyen", null, "2010-11-02", Track.ADOLESCENT_IOP, Focus.MENTAL_HEALTH, ReferralSource.PRIMARY_CARE, 24, -1, 13, 12, -2, 0),
                new Person("Samuel", "Ortiz", "Sam", "1983-12-19", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.COURT, 20, -1, 10, 7, 2, 0),
                new Person("Priya", "Raman", null, "1991-07-25", Track.ADULT_IOP, Focus.MENTAL_HEALTH, ReferralSource.EMPLOYER, 15, -1, 17, 16, -3, 0),
                new Person("Derek", "Walsh", null, "1976-04-08", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.INPATIENT_TRANSITION, 9, -1, 12, 6, -1, 0),
                new Person("Helen", "Foster", null, "1969-01-27", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.SELF, 55, 6, 15, 10, -3, 0),
                new Person("Luis", "Medina", null, "1998-08-13", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.RESIDENTIAL_TRANSITION, 4, -1, 18, 14, 0, 0));
    }

    private static List<Person> loop() {
        return List.of(
                new Person("Marcus", "Bell", null, "1986-05-21", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.COURT, 50, -1, 9, 6, -1, 0),
                new Person("Danielle", "Brooks", "Dani", "1993-10-09", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.INPATIENT_TRANSITION, 41, -1, 20, 16, -3, 2),
                new Person("Ethan", "Kowalski", null, "2008-12-30", Track.ADOLESCENT_IOP, Focus.SUBSTANCE_USE, ReferralSource.FAMILY, 33, -1, 8, 9, -1, 0),
                new Person("Zoe", "Martinez", null, "2009-07-14", Track.ADOLESCENT_IOP, Focus.MENTAL_HEALTH, ReferralSource.PRIMARY_CARE, 27, -1, 15, 14, -2, 0),
                new Person("Andre", "Thompson", null, "1981-03-03", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.SELF, 21, -1, 11, 7, -2, 0),
                new Person("Rachel", "Stein", null, "1990-09-18", Track.ADULT_IOP, Focus.MENTAL_HEALTH, ReferralSource.EMPLOYER, 14, -1, 14, 15, 1, 0),
                new Person("Victor", "Hale", null, "1972-06-26", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.RESIDENTIAL_TRANSITION, 56, 10, 16, 11, -3, 0),
                new Person("Grace", "Okafor", null, "1997-02-05", Track.ADULT_IOP, Focus.MENTAL_HEALTH, ReferralSource.SELF, 7, -1, 12, 11, -1, 0),
                new Person("Owen", "Price", null, "1985-11-11", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.PRIMARY_CARE, 3, -1, 10, 8, 0, 0));
    }

    private static List<Person> front() {
        return List.of(
                new Person("Nina", "Castillo", null, "1989-04-19", Track.ADULT_IOP, Focus.MENTAL_HEALTH, ReferralSource.PRIMARY_CARE, 48, -1, 18, 17, -3, 0),
                new Person("Brandon", "Lee", null, "1984-08-01", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.COURT, 39, -1, 13, 10, -2, 0),
                new Person("Mia", "Sorensen", null, "2010-01-22", Track.ADOLESCENT_IOP, Focus.MENTAL_HEALTH, ReferralSource.FAMILY, 31, -1, 16, 13, -2, 0),
                new Person("Caleb", "Hughes", null, "2008-06-08", Track.ADOLESCENT_IOP, Focus.SUBSTANCE_USE, ReferralSource.FAMILY, 25, -1, 9, 7, -1, 0),
                new Person("Teresa", "Vargas", "Terri", "1978-10-15", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.RESIDENTIAL_TRANSITION, 18, -1, 21, 18, -2, 1),
                new Person("Paul", "Jensen", null, "1992-12-03", Track.ADULT_IOP, Focus.MENTAL_HEALTH, ReferralSource.SELF, 12, -1, 11, 12, 1, 0),
                new Person("Lauren", "Fischer", null, "1987-03-29", Track.CO_OCCURRING_IOP, Focus.CO_OCCURRING, ReferralSource.EMPLOYER, 53, 4, 17, 13, -4, 0),
                new Person("Isaac", "Romero", null, "1999-05-10", Track.ADULT_IOP, Focus.SUBSTANCE_USE, ReferralSource.INPATIENT_TRANSITION, 6, -1, 13, 9, 0, 0));
    }

    private List<Episode> census(Site site, List<Person> people, boolean acknowledgeFlag) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        List<StaffMember> staff = em.createQuery("select s from StaffMember s join s.sites site where site = :site "
                + "and s.active = true order by s.sortName, s.id", StaffMember.class).setParameter("site", site).getResultList();
        Map<Long, List<Credential>> credentials = credentialsOf(staff);
        List<Episode> episodes = new ArrayList<>();
        int number = 1001;
        int moved = 0;
        for (Person person : people) {
            Participant participant = participant(site, person, site.getCode() + "-" + number++);
            LocalDate admitted = today.minusDays(person.admittedAgo());
            LocalDate latest = today.minusDays(Math.max(0, person.dischargedAgo()));
            StaffMember clinician = cleared(staff, credentials, site, admitted);
            if (clinician == null) {
                while (clinician == null && admitted.isBefore(latest)) {
                    admitted = admitted.plusDays(1);
                    clinician = cleared(staff, credentials, site, admitted);
                }
                // several moved admissions would all land on the first cleared day: spread them a little
                LocalDate spread = admitted.plusDays(2L * moved++);
                StaffMember then = spread.isAfter(latest) ? null : cleared(staff, credentials, site, spread);
                if (then != null) {
                    admitted = spread;
                    clinician = then;
                }
            }
            if (clinician == null) {
                continue;
            }
            family(participant, person, number);
            Episode episode = episode(participant, person, admitted, clinician);
            assess(episode, person, admitted);
            LocalDate last = person.dischargedAgo() < 0 ? today : today.minusDays(person.dischargedAgo());
            series(episode, person, admitted, last, acknowledgeFlag);
            if (person.dischargedAgo() >= 0) {
                episode.discharge(last, DischargeReason.COMPLETED);
            }
            episodes.add(episode);
        }
        return episodes;
    }

    private static final String[][] RELATIVES = {{"Maria", "Mother"}, {"Chris", "Partner"}, {"Dana", "Sister"},
        {"Sam", "Father"}, {"Robin", "Spouse"}};

    /**
     * Family involved in care for most participants (adolescents always: a parent), one of every five relatives
     * without consent to involve, so family sessions have somebody to invite and somebody they may not.
     */
    private void family(Participant participant, Person person, int number) {
        boolean adolescent = person.track() == Track.ADOLESCENT_IOP;
        if (!adolescent && number % 3 == 0) {
            return;
        }
        String[] relative = RELATIVES[number % RELATIVES.length];
        FamilyMember member = new FamilyMember(participant);
        member.setName(relative[0] + " " + person.last());
        member.setRelationship(adolescent ? "Parent" : relative[1]);
        member.setConsentToInvolve(adolescent || number % 5 != 0);
        em.persist(member);
    }

    /** The first of the site's staff cleared to counsel there on the day, or null. */
    private StaffMember cleared(List<StaffMember> staff, Map<Long, List<Credential>> credentials, Site site, LocalDate day) {
        return staff.stream().filter(s -> clearance.decide(s, credentials.getOrDefault(s.getId(), List.of()),
                ClinicalService.INDIVIDUAL_COUNSELLING, site.getId(), day).allowed()).findFirst().orElse(null);
    }

    private Participant participant(Site site, Person person, String recordNumber) {
        Participant draft = new Participant();
        draft.setRecordNumber(recordNumber);
        draft.setFirstName(person.first());
        draft.setLastName(person.last());
        draft.setPreferredName(person.preferred());
        draft.setDateOfBirth(LocalDate.parse(person.born()));
        draft.setPhone("555-01" + recordNumber.substring(recordNumber.length() - 2));
        Participant participant = new Participant(site, clock.instant());
        participant.copyDetailsFrom(draft);
        em.persist(participant);
        return participant;
    }

    private Episode episode(Participant participant, Person person, LocalDate admitted, StaffMember clinician) {
        Episode draft = new Episode();
        draft.setAdmissionDate(admitted);
        draft.setTrack(person.track());
        draft.setFocus(person.focus());
        draft.setLevelOfCare(LevelOfCare.ASAM_2_1);
        draft.setReferralSource(person.referral());
        Episode episode = new Episode(participant);
        episode.copyDetailsFrom(draft);
        episode.setPrimaryClinician(clinician);
        em.persist(episode);
        return episode;
    }

    /** The intake assessment: adolescents on the 3rd edition, adults on the 4th; the problem areas rated higher. */
    private void assess(Episode episode, Person person, LocalDate on) {
        AsamAssessment assessment = new AsamAssessment(episode, BY, clock.instant());
        AsamAssessment draft = new AsamAssessment();
        draft.setAssessedOn(on);
        draft.setEdition(person.track() == Track.ADOLESCENT_IOP ? AsamEdition.THIRD : AsamEdition.FOURTH);
        draft.setRecommendedLevel(LevelOfCare.ASAM_2_1);
        Map<AsamDimension, Integer> ratings = new EnumMap<>(AsamDimension.class);
        boolean substance = person.focus() != Focus.MENTAL_HEALTH;
        boolean mental = person.focus() != Focus.SUBSTANCE_USE;
        ratings.put(AsamDimension.D1, substance ? 1 : 0);
        ratings.put(AsamDimension.D2, person.admittedAgo() % 3 == 0 ? 1 : 0);
        ratings.put(AsamDimension.D3, mental ? 3 : 1);
        ratings.put(AsamDimension.D4, substance ? 2 : 1);
        ratings.put(AsamDimension.D5, substance ? 3 : 2);
        ratings.put(AsamDimension.D6, person.referral() == ReferralSource.COURT ? 3 : 2);
        ratings.forEach(draft::rate);
        assessment.copyDetailsFrom(draft);
        em.persist(assessment);
    }

    /** PHQ-9 and GAD-7 at intake and about weekly since, 2 to 5 of each, moving by the person's trend. */
    private void series(Episode episode, Person person, LocalDate from, LocalDate to, boolean acknowledgeFlag) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        int count = (int) Math.max(2, Math.min(5, days / 7 + 1));
        for (int i = 0; i < count; i++) {
            LocalDate on = count == 1 ? from : from.plusDays(days * i / (count - 1));
            boolean lastOne = i == count - 1;
            MeasureResult phq = result(episode, phq9, on, person.phq() + person.trend() * i, lastOne ? person.item9() : 0);
            result(episode, gad7, on, person.gad() + person.trend() * i, null);
            if (MeasureRules.raisesFlag(phq9, phq)) {
                SafetyFlag flag = new SafetyFlag(phq, clock.instant());
                if (acknowledgeFlag) {
                    flag.acknowledge(BY, clock.instant(), "Safety plan reviewed with the participant the same day; "
                            + "no plan or intent; psychiatrist consulted.");
                }
                em.persist(flag);
            }
        }
    }

    private MeasureResult result(Episode episode, Instrument instrument, LocalDate on, int score, Integer item9) {
        MeasureResult draft = new MeasureResult();
        draft.setAdministeredOn(on);
        draft.setTotalScore(Math.max(instrument.getMinScore(), Math.min(instrument.getMaxScore(), score)));
        draft.setSafetyItem(instrument.hasSafetyItem() ? item9 : null);
        MeasureResult result = new MeasureResult(episode, instrument, BY, clock.instant());
        result.copyScoresFrom(draft);
        em.persist(result);
        return result;
    }

    private Instrument instrument(String code) {
        return em.createQuery("select i from Instrument i where i.code = :code", Instrument.class).setParameter("code", code)
                .getSingleResult();
    }

    private Map<Long, List<Credential>> credentialsOf(List<StaffMember> staff) {
        Map<Long, List<Credential>> credentials = new HashMap<>();
        if (staff.isEmpty()) {
            return credentials;
        }
        for (Credential credential : em.createQuery("select c from Credential c join fetch c.type where c.staff in :staff "
                + "and c.active = true order by c.kind, c.expiryDate desc, c.id", Credential.class)
                .setParameter("staff", staff).getResultList()) {
            credentials.computeIfAbsent(credential.getStaff().getId(), id -> new ArrayList<>()).add(credential);
        }
        return credentials;
    }

    /** The clearance rule as the staff facade builds it (the facade itself needs a signed-in caller). */
    private ClearanceRule clearanceRule() {
        Map<String, Map<ClinicalService, CredentialKind>> table = new HashMap<>();
        for (ServiceEligibility row : em.createQuery("select e from ServiceEligibility e join fetch e.credentialType",
                ServiceEligibility.class).getResultList()) {
            table.computeIfAbsent(row.getCredentialType().getCode(), code -> new EnumMap<>(ClinicalService.class))
                    .put(row.getService(), row.getRequiresKind() == null ? ClearanceRule.NONE : row.getRequiresKind());
        }
        return new ClearanceRule(statusRule, table);
    }
}
