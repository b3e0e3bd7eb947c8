package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.AwardLength;
import org.iopmanager.site.entity.BodyType;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.FindingLevel;
import org.iopmanager.site.entity.Survey;
import org.iopmanager.site.entity.SurveyType;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordKind;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;

/**
 * Demo mode ({@code iop.demo=true}, set by the README's run command, never by default): one provider with
 * three sites in different time zones and one user per role, loaded once into an empty database. Each
 * feature adds its own realistic records here.
 */
@Stateless
@PermitAll
public class DemoData {

    public static final String PASSWORD = "demo-Passw0rd-2026";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Logger log;

    @Inject
    DemoStaff demoStaff;

    @Inject
    DemoParticipants demoParticipants;

    @Inject
    DemoPlans demoPlans;

    @Inject
    DemoSessions demoSessions;

    @Inject
    DemoReferrals demoReferrals;

    @Inject
    DemoFollowUps demoFollowUps;

    public void loadIfEmpty() {
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            log.info("Demo mode: data already present, nothing loaded");
            return;
        }
        Site north = site("BOS-N", "Harbor North (Boston)", "America/New_York",
                "250 Cambridge Street", "Boston", "MA", "02114", "617-555-0140", "184011020", 48);
        Site loop = site("CHI-L", "Harbor Loop (Chicago)", "America/Chicago",
                "180 N LaSalle Street", "Chicago", "IL", "60601", "312-555-0177", "184011038", 60);
        Site front = site("DEN-F", "Harbor Front Range (Denver)", "America/Denver",
                "1600 Broadway", "Denver", "CO", "80202", "303-555-0112", "184011046", 36);
        String hash = hasher.hash(PASSWORD.toCharArray());
        user("admin", "Alex Morgan", Role.ADMIN, hash, north, loop, front);
        user("siteadmin", "Sam Rivera", Role.SITE_ADMIN, hash, north);
        user("credentialing", "Casey Brooks", Role.CREDENTIALING, hash);
        user("clinician", "Jordan Lee, LCSW", Role.CLINICIAN, hash, north);
        user("clinician.chicago", "Priya Patel, LPC", Role.CLINICIAN, hash, loop);
        user("auditor", "Morgan Ellis", Role.AUDITOR, hash);
        accreditation(north, loop, front);
        demoStaff.load(north, loop, front);
        em.flush();
        List<org.iopmanager.participant.entity.Episode> census = demoParticipants.load(north, loop, front);
        em.flush();
        demoPlans.load(census);
        em.flush();
        demoSessions.load(census);
        em.flush();
        demoReferrals.load(census);
        em.flush();
        demoFollowUps.load(census);
        em.flush();
        log.info("Demo mode: 3 sites, their accreditation records, 11 staff members, " + census.size()
                + " episodes of care with plans, sessions, attendance, aftercare referrals and follow-ups after discharge,"
                + " and 6 demo users loaded");
    }

    private Site site(String code, String name, String zone, String street, String city, String state, String zip,
            String phone, String npiFirstNine, int capacity) {
        Site site = new Site(code, name, ZoneId.of(zone));
        site.setAddressLine1(street);
        site.setCity(city);
        site.setState(state);
        site.setPostalCode(zip);
        site.setPhone(phone);
        site.setNpi(npiFirstNine + NpiCheck.checkDigit(npiFirstNine));
        site.setLicensedCapacity(capacity);
        site.setProgrammes(EnumSet.of(Programme.ADULT_IOP, Programme.CO_OCCURRING_IOP, Programme.OUTPATIENT));
        em.persist(site);
        return site;
    }

    /**
     * A realistic picture relative to today: Boston's state licence expires within a month, Chicago's Joint
     * Commission survey window opens soon, Denver's state licence has lapsed, the rest are in good standing.
     */
    private void accreditation(Site north, Site loop, Site front) {
        AccreditingBody tjc = em.find(AccreditingBody.class, 1L);
        AccreditingBody carf = em.find(AccreditingBody.class, 2L);
        AccreditingBody ma = body("MA-BSAS", "Massachusetts Bureau of Substance Addiction Services", "MA");
        AccreditingBody il = body("IL-SUPR", "Illinois Division of Substance Use Prevention and Recovery", "IL");
        AccreditingBody co = body("CO-BHA", "Colorado Behavioral Health Administration", "CO");

        LocalDate boston = today(north);
        // effective 11 months and 2 weeks ago: the annual conformance-to-quality report is due in about two weeks
        record(north, carf, RecordKind.ACCREDITATION, "CARF-BH-220871", AwardLength.THREE_YEAR,
                boston.minusYears(1).plusDays(16), boston.plusYears(2).plusDays(16), boston.minusYears(1).minusDays(10), null);
        record(north, ma, RecordKind.STATE_LICENCE, "BSAS-IOP-4471", AwardLength.ANNUAL_LICENCE,
                boston.minusDays(344), boston.plusDays(21), boston.minusDays(360), null);

        LocalDate chicago = today(loop);
        AccreditationRecord joint = record(loop, tjc, RecordKind.ACCREDITATION, "TJC-BHC-553012", AwardLength.THREE_YEAR,
                chicago.minusMonths(30), chicago.plusMonths(6), chicago.minusMonths(31), null);
        joint.setNextSurveyFrom(chicago.plusDays(12));
        joint.setNextSurveyTo(chicago.plusDays(130));
        survey(loop, joint, chicago);
        record(loop, il, RecordKind.STATE_LICENCE, "SUPR-2291-IOP", AwardLength.ANNUAL_LICENCE,
                chicago.minusDays(290), chicago.plusDays(75), chicago.minusDays(300), null);

        LocalDate denver = today(front);
        record(front, carf, RecordKind.ACCREDITATION, "CARF-BH-231450", AwardLength.ONE_YEAR,
                denver.minusDays(215), denver.plusDays(150), denver.minusDays(230), null);
        AccreditationRecord lapsed = record(front, co, RecordKind.STATE_LICENCE, "BHA-IOP-0917", AwardLength.ANNUAL_LICENCE,
                denver.minusDays(370), denver.minusDays(5), denver.minusDays(380), null);
        lapsed.setNotes("Renewal application filed late; inspection requested.");
    }

    /**
     * Chicago's last unannounced Joint Commission survey: two requirements for improvement, one plan accepted,
     * one still open past its due date (overdue).
     */
    private void survey(Site loop, AccreditationRecord joint, LocalDate chicago) {
        Survey survey = new Survey(loop);
        survey.setBody(joint.getBody());
        survey.setRecord(joint);
        survey.setType(SurveyType.UNANNOUNCED);
        survey.setSurveyDate(chicago.minusDays(95));
        survey.setReportDate(chicago.minusDays(80));
        survey.setSurveyors("R. Okafor (clinical), D. Lindqvist (life safety)");
        survey.setOutcome("Accreditation continued; two requirements for improvement, evidence of standards compliance due.");
        em.persist(survey);
        AppUser admin = em.createQuery("select u from AppUser u where u.username = 'admin'", AppUser.class).getSingleResult();
        Finding plans = finding(survey, "CTS.03.01.03 EP 1", FindingLevel.MODERATE,
                "Three of eight sampled treatment plans had goals not in the participant's own words and not measurable.");
        correction(plans, admin, chicago.minusDays(20), CorrectionStatus.OPEN,
                "Retrain clinicians on person-centred, measurable goals; monthly audit of ten plans by the clinical director.", null);
        Finding fridge = finding(survey, "MM.03.01.01 EP 2", FindingLevel.LOW,
                "Medication refrigerator temperature log missing four days in the sampled month.");
        correction(fridge, admin, chicago.minusDays(30), CorrectionStatus.ACCEPTED,
                "Digital temperature logger with alerts installed; nurse checks the log each morning.",
                "Logger installed; 30 days of complete logs submitted and accepted.");
    }

    private Finding finding(Survey survey, String standard, FindingLevel level, String text) {
        Finding finding = new Finding(survey);
        finding.setStandardRef(standard);
        finding.setLevel(level);
        finding.setText(text);
        em.persist(finding);
        return finding;
    }

    private void correction(Finding finding, AppUser owner, LocalDate due, CorrectionStatus status, String actions, String evidence) {
        Correction correction = new Correction(finding);
        correction.setOwner(owner);
        correction.setDueDate(due);
        correction.setStatus(status);
        correction.setActions(actions);
        correction.setEvidenceNote(evidence);
        em.persist(correction);
        correction.linkToFinding();
    }

    private AccreditingBody body(String code, String name, String state) {
        AccreditingBody body = new AccreditingBody(code, name, BodyType.STATE_AGENCY, state);
        em.persist(body);
        return body;
    }

    private AccreditationRecord record(Site site, AccreditingBody body, RecordKind kind, String number, AwardLength length,
            LocalDate effective, LocalDate expiry, LocalDate decision, LocalDate lastSurvey) {
        AccreditationRecord record = new AccreditationRecord(site, clock.instant());
        record.setBody(body);
        record.setKind(kind);
        record.setNumber(number);
        record.setAwardLength(length);
        record.setStatus(RecordStatus.ACCREDITED);
        record.setDecisionDate(decision);
        record.setEffectiveDate(effective);
        record.setExpiryDate(expiry);
        record.setLastSurveyDate(lastSurvey == null ? decision.minusDays(40) : lastSurvey);
        record.setProgrammes(EnumSet.of(Programme.ADULT_IOP, Programme.CO_OCCURRING_IOP));
        em.persist(record);
        return record;
    }

    private LocalDate today(Site site) {
        return LocalDate.now(clock.withZone(site.zone()));
    }

    private void user(String username, String name, Role role, String hash, Site... sites) {
        AppUser user = new AppUser(username, name, role, clock.instant());
        user.setEmail(username + "@harbor-recovery.example");
        user.changePasswordHash(hash, clock.instant());
        user.setSites(Set.copyOf(Arrays.asList(sites)));
        em.persist(user);
    }

    public static List<String> usernames() {
        return List.of("admin", "siteadmin", "credentialing", "clinician", "clinician.chicago", "auditor");
    }
}
