package org.iopmanager.demo.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.control.CredentialingCycle;
import org.iopmanager.staff.control.ExclusionScreening;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.DecisionKind;
import org.iopmanager.staff.entity.DecisionOutcome;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;
import org.iopmanager.staff.entity.VerificationMethod;
import org.iopmanager.staff.entity.VerificationOutcome;
import org.iopmanager.staff.entity.VerificationSource;

/**
 * A credentialing office's real week, relative to today: most staff credentialed and verified, a licence
 * expiring within the month, a new hire pending verification and decision, one clinician lapsed past the
 * 36-month recredentialing date, a verification too old, a renewal not yet verified, a discrepancy at the
 * board, an expired certification, an associate under supervision and a decision whose notice is due.
 */
@Dependent
public class DemoStaff {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    CredentialStatusRule rule;

    @Inject
    CredentialingCycle cycle;

    @Inject
    Clock clock;

    @Inject
    ExclusionScreening screening;

    private LocalDate today;
    private final java.util.List<StaffMember> created = new java.util.ArrayList<>();

    public void load(Site north, Site loop, Site front) {
        today = LocalDate.now(clock.withZone(north.zone()));
        StaffMember vasquez = staff("Elena", "Vasquez", "1968-03-14", "PSYCHIATRIST", "170011001", north, loop);
        credential(vasquez, "MD", "MD-284113", "Massachusetts Board of Registration in Medicine", "MA", 900, 400,
                VerificationOutcome.VERIFIED, 20);
        credential(vasquez, "DEA", "FV1234563", "Drug Enforcement Administration", "MA", 700, 300, VerificationOutcome.VERIFIED, 20);
        credential(vasquez, "ABPN", "ABPN-61234", "American Board of Psychiatry and Neurology", null, 2000, 1500,
                VerificationOutcome.VERIFIED, 40);
        decide(vasquez, 400, true);
        screened(vasquez, 20);

        StaffMember chen = staff("Marcus", "Chen", "1979-07-02", "LCSW", "170011019", north);
        credential(chen, "LCSW", "LCSW-118220", "Massachusetts Board of Social Work", "MA", 700, 25, VerificationOutcome.VERIFIED, 30);
        decide(chen, 700, true);
        screened(chen, 30);

        StaffMember johnson = staff("Aisha", "Johnson", "1994-11-23", "LPC", "170011027", north);
        credential(johnson, "LPC-A", "LPCA-30771", "Massachusetts Board of Allied Mental Health Professions", "MA", 200, 500,
                VerificationOutcome.VERIFIED, 15);
        johnson.setSupervisor(chen);
        johnson.setSupervisionStart(today.minusDays(200));
        decide(johnson, 100, true);
        screened(johnson, 15);

        StaffMember obrien = staff("Daniel", "O'Brien", "1985-05-30", "ADDICTION", "170011035", loop);
        credential(obrien, "LADC", "180.008812", "Illinois Department of Financial and Professional Regulation", "IL", 10, 720,
                null, 0);
        obrien.setEmploymentStart(today.minusDays(3));

        StaffMember kim = staff("Grace", "Kim", "1975-09-09", "MFT", "170011043", front);
        credential(kim, "LMFT", "MFT.0000912", "Colorado State Board of Marriage and Family Therapist Examiners", "CO", 1500, 200,
                VerificationOutcome.VERIFIED, 130);
        decide(kim, (int) java.time.temporal.ChronoUnit.DAYS.between(today.minusMonths(cycle.recredentialMonths()).minusDays(10),
                today), true);
        screened(kim, 130);

        // Denver's counsellor: cleared for the whole demo census while Kim's recredentialing has lapsed.
        StaffMember reyes = staff("Nadia", "Reyes", "1986-08-12", "LCSW", "170011100", front);
        credential(reyes, "LCSW", "CSW.0099210", "Colorado State Board of Social Work Examiners", "CO", 2200, 600,
                VerificationOutcome.VERIFIED, 90);
        decide(reyes, 85, true);
        screened(reyes, 20);

        StaffMember miller = staff("Robert", "Miller", "1982-01-17", "PEER", "170011050", loop);
        Credential cprs = credential(miller, "CPRS", "CPRS-4471", "Illinois Certification Board", "IL", 800, 700,
                VerificationOutcome.VERIFIED, 60);
        Credential renewed = new Credential();
        renewed.setType(cprs.getType());
        renewed.setNumber(cprs.getNumber());
        renewed.setIssuer(cprs.getIssuer());
        renewed.setState(cprs.getState());
        renewed.setIssueDate(cprs.getIssueDate());
        renewed.setExpiryDate(cprs.getExpiryDate().plusYears(2));
        cprs.copyDetailsFrom(renewed);
        cprs.refreshAttention(rule, today.minusDays(2));
        decide(miller, 300, true);
        screened(miller, 60);

        StaffMember garcia = staff("Sofia", "Garcia", "1987-04-04", "PMHNP", "170011068", front, north);
        credential(garcia, "APRN", "APN.0112233", "Colorado State Board of Nursing", "CO", 600, 480,
                VerificationOutcome.DISCREPANCY, 5);
        credential(garcia, "DEA", "MG7654321", "Drug Enforcement Administration", "CO", 600, 480, VerificationOutcome.VERIFIED, 5);
        decide(garcia, 200, true);
        screened(garcia, 5);

        StaffMember wright = staff("Thomas", "Wright", "1971-12-12", "ADDICTION", "170011076", north);
        credential(wright, "CADC", "CADC-20993", "Massachusetts Board of Substance Use Disorder Counselors", "MA", 730, -2,
                VerificationOutcome.VERIFIED, 100);
        decide(wright, 500, true);
        screened(wright, 100);

        StaffMember park = staff("Linda", "Park", "1990-06-21", "RN", "170011084", loop);
        credential(park, "RN", "041.399812", "Illinois Department of Financial and Professional Regulation", "IL", 400, 600,
                VerificationOutcome.VERIFIED, 35);
        CredentialingDecision unnotified = decide(park, 25, true);
        unnotified.setNotifiedOn(null);
        screened(park, 35);

        staff("James", "Carter", "1983-02-08", "CASE_MANAGER", "170011092", north);
        em.flush();
        screening.importList("LEIE-demo-" + today.withDayOfMonth(1) + ".csv", leie().getBytes(StandardCharsets.UTF_8),
                "credentialing");
        screening.screenAll("credentialing");
        // The screening writes the staff rows set-wise: the members held here are read again, so that a later change in
        // this transaction starts from their new version.
        created.forEach(em::refresh);
    }

    /**
     * A few rows in the real LEIE layout: one with the same name and date of birth as a demo staff member
     * (a possible match to review: the NPI is absent, as it often is), the rest nobody on staff.
     */
    private static String leie() {
        return "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,"
                + "EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n"
                + "CARTER,JAMES,R,,OTHER BUSINESS,CASE MANAGEMENT,,0000000000,19830208,\"12 ELM ST, APT 4\",SPRINGFIELD,"
                + "IL,62701,1128b4,20190315,00000000,00000000,\n"
                + "VASQUEZ,ELENA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,0000000000,19710622,88 OAK AVE,TAMPA,FL,33602,"
                + "1128a1,20200110,00000000,00000000,\n"
                + ",,,SUNRISE BILLING LLC,BUSINESS,BILLING SERVICES,,0000000000,,400 MAIN ST,DALLAS,TX,75201,1128b7,"
                + "20181201,00000000,00000000,\n";
    }

    private StaffMember staff(String first, String last, String born, String discipline, String npiFirstNine, Site home,
            Site... others) {
        StaffMember draft = new StaffMember();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.parse(born));
        draft.setNpi(npiFirstNine + NpiCheck.checkDigit(npiFirstNine));
        draft.setEmail(first.toLowerCase() + "." + last.toLowerCase().replace("'", "") + "@harbor-recovery.example");
        draft.setEmploymentStart(today.minusYears(4));
        StaffMember staff = new StaffMember(clock.instant());
        staff.copyDetailsFrom(draft);
        staff.setDiscipline(em.createQuery("select d from Discipline d where d.code = :code", Discipline.class)
                .setParameter("code", discipline).getSingleResult());
        staff.setHomeSite(home);
        Set<Site> sites = new java.util.LinkedHashSet<>();
        sites.add(home);
        sites.addAll(java.util.List.of(others));
        staff.setSites(sites);
        em.persist(staff);
        created.add(staff);
        return staff;
    }

    /** A credential issued {@code issuedAgo} days ago, expiring in {@code expiresIn} days, verified {@code verifiedAgo} days ago. */
    private Credential credential(StaffMember staff, String typeCode, String number, String issuer, String state, int issuedAgo,
            int expiresIn, VerificationOutcome outcome, int verifiedAgo) {
        CredentialType type = em.createQuery("select t from CredentialType t where t.code = :code", CredentialType.class)
                .setParameter("code", typeCode).getSingleResult();
        Credential draft = new Credential();
        draft.setType(type);
        draft.setNumber(number);
        draft.setIssuer(issuer);
        draft.setState(state);
        draft.setIssueDate(today.minusDays(issuedAgo));
        draft.setExpiryDate(today.plusDays(expiresIn));
        Credential credential = new Credential(staff, clock.instant());
        credential.copyDetailsFrom(draft);
        credential.refreshAttention(rule, today.minusDays(outcome == null ? 3 : verifiedAgo));
        em.persist(credential);
        if (outcome != null) {
            Verification verification = new Verification(credential, "credentialing", clock.instant());
            Verification what = new Verification();
            what.setSource(typeCode.equals("DEA") ? VerificationSource.DEA : VerificationSource.ISSUING_BOARD);
            what.setMethod(VerificationMethod.ONLINE_LOOKUP);
            what.setVerifiedOn(today.minusDays(verifiedAgo));
            what.setOutcome(outcome);
            what.setReference(outcome == VerificationOutcome.VERIFIED ? "Board look-up, status active"
                    : "Board shows a different expiry date than the copy on file");
            verification.copyDetailsFrom(what);
            em.persist(verification);
            credential.verified(verification);
            credential.refreshAttention(rule, today);
        }
        return credential;
    }

    private CredentialingDecision decide(StaffMember staff, int daysAgo, boolean notified) {
        CredentialingDecision draft = new CredentialingDecision();
        draft.setOutcome(DecisionOutcome.APPROVED);
        draft.setDecidedOn(today.minusDays(daysAgo));
        draft.setNotifiedOn(notified ? today.minusDays(Math.max(0, daysAgo - 7)) : null);
        CredentialingDecision decision = new CredentialingDecision(staff, DecisionKind.INITIAL, "credentialing", clock.instant());
        decision.copyDetailsFrom(draft);
        decision.setRecredentialDue(cycle.recredentialDue(decision.getDecidedOn()));
        em.persist(decision);
        em.flush(); // staff and decision refer to each other: the decision row first, then the staff's pointer
        staff.setLatestDecision(decision);
        return decision;
    }

    /** The last monthly licence check; the exclusion screening runs for everybody at the end. */
    private void screened(StaffMember staff, int licenceCheckedAgo) {
        staff.setLastLicenceCheck(today.minusDays(licenceCheckedAgo));
    }
}
