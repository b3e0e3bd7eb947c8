package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.control.ConsentStatement;
import org.iopmanager.aftercare.entity.ClosingOutcome;
import org.iopmanager.aftercare.entity.ConfirmationMethod;
import org.iopmanager.aftercare.entity.CoveredEntity;
import org.iopmanager.aftercare.entity.Disclosure;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.Referral;
import org.iopmanager.aftercare.entity.ReferralStatus;
import org.iopmanager.aftercare.entity.ReferralTransition;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.aftercare.entity.SignedBy;
import org.iopmanager.aftercare.entity.VisitConfirmer;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.site.entity.Site;

/**
 * The resource directory of the demo sites (an alumni group of ours, a sober house, a MAT prescriber, outpatient
 * counselling per site, and a recovery community all three sites use, one service not accepting), and referrals in
 * every state: the discharged episode of each site has an attended and verified referral, a closed one and a declined
 * one; open episodes have the earlier states (draft, consent recorded, sent and waiting over a week, accepted,
 * appointment passed without outcome, no-show). Consents valid, expired and revoked; every sending is a disclosure.
 */
@Dependent
public class DemoReferrals {

    private static final String USER = "demo";
    private static final Set<DisclosureCategory> SUD = EnumSet.of(DisclosureCategory.DEMOGRAPHICS,
            DisclosureCategory.SUD_TREATMENT, DisclosureCategory.DISCHARGE_SUMMARY);
    private static final Set<DisclosureCategory> PLAIN = EnumSet.of(DisclosureCategory.DEMOGRAPHICS);
    private static final ReferralStatus[] OPEN_STATES = {ReferralStatus.DRAFT, ReferralStatus.CONSENT_RECORDED,
        ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.APPOINTMENT_SCHEDULED, ReferralStatus.NO_SHOW};

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    Clock clock;

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.iopmanager.i18n.messages", Locale.ENGLISH);

    public void load(List<Episode> census) {
        Map<Long, List<Episode>> bySite = new LinkedHashMap<>();
        census.forEach(e -> bySite.computeIfAbsent(e.owningSiteId(), id -> new ArrayList<>()).add(e));
        List<Site> sites = bySite.keySet().stream().map(id -> em.find(Site.class, id)).toList();
        if (sites.isEmpty()) {
            return;
        }
        ResourceService community = service("Harbor Recovery Community", "Harbor Recovery Community Inc.",
                ResourceType.PEER_SUPPORT, CoveredEntity.NOT_COVERED, false, true, sites);
        for (Site site : sites) {
            Services services = new Services(
                    service(site.getCode() + " alumni group", "Harbor IOP", ResourceType.ALUMNI_GROUP, CoveredEntity.PART2_PROGRAM,
                            true, true, List.of(site)),
                    service("Hope House " + site.getCode(), "Hope House Recovery Residences", ResourceType.SOBER_LIVING,
                            CoveredEntity.NOT_COVERED, false, true, List.of(site)),
                    service("Bridge MAT Clinic " + site.getCode(), "Bridge Health", ResourceType.MAT_PRESCRIBER,
                            CoveredEntity.HIPAA_COVERED, false, true, List.of(site)),
                    community);
            service("Lakeside Counselling " + site.getCode(), "Lakeside Counselling Group", ResourceType.OUTPATIENT_COUNSELLING,
                    CoveredEntity.HIPAA_COVERED, false, false, List.of(site));
            site(site, bySite.get(site.getId()), services);
        }
        em.flush();
    }

    private record Services(ResourceService alumni, ResourceService house, ResourceService mat, ResourceService community) {
    }

    private void site(Site site, List<Episode> episodes, Services services) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        Episode discharged = episodes.stream().filter(e -> !e.isOpen()).findFirst().orElse(null);
        List<Episode> open = episodes.stream().filter(Episode::isOpen).toList();
        if (discharged != null) {
            DisclosureConsent consent = consent(discharged, services.house(), SUD, today.minusDays(20), today.plusMonths(6), null);
            Referral house = referral(discharged, services.house(), "Recovery housing after the IOP", SUD, consent,
                    ReferralStatus.CLOSED, today, 18);
            house.verifyFirstVisit(discharged.getDischargeDate(), VisitConfirmer.RECEIVING_SERVICE, ConfirmationMethod.PHONE,
                    "House manager confirmed the move-in", USER, clock.instant());
            Referral mat = referral(discharged, services.mat(), "Continue buprenorphine after discharge", PLAIN, null,
                    ReferralStatus.ATTENDED, today, 12);
            mat.verifyFirstVisit(discharged.getDischargeDate(), VisitConfirmer.PARTICIPANT, ConfirmationMethod.IN_PERSON, null,
                    USER, clock.instant());
            referral(discharged, services.community(), "Peer recovery coaching", PLAIN, null, ReferralStatus.DECLINED, today, 9);
        }
        DisclosureConsent expired = null;
        for (int i = 0; i < open.size() && i < OPEN_STATES.length; i++) {
            Episode episode = open.get(i);
            ReferralStatus state = OPEN_STATES[i];
            boolean sud = i % 2 == 1;
            DisclosureConsent consent = null;
            if (sud || state == ReferralStatus.CONSENT_RECORDED) {
                consent = consent(episode, services.alumni(), SUD, today.minusDays(30), today.plusMonths(3), null);
            }
            if (i == 0) {
                expired = consent(episode, services.house(), SUD, today.minusMonths(7), today.minusDays(3), null);
            }
            if (i == 2) {
                DisclosureConsent revoked = consent(episode, services.house(), SUD, today.minusDays(40), null,
                        "When I leave the sober house");
                revoked.revoke(today.minusDays(2), USER, clock.instant());
            }
            referral(episode, consent == null ? services.community() : services.alumni(),
                    consent == null ? "Peer support in the evenings" : "Weekly alumni group after discharge",
                    consent == null ? PLAIN : SUD, consent, state, today, 14);
        }
        if (expired == null && discharged != null) {
            consent(discharged, services.mat(), SUD, today.minusMonths(8), today.minusMonths(2), null);
        }
    }

    private ResourceService service(String name, String organisation, ResourceType type, CoveredEntity covered, boolean internal,
            boolean accepting, List<Site> sites) {
        ResourceService service = new ResourceService(name, organisation, type, covered);
        service.setInternal(internal);
        service.setAccepting(accepting);
        service.setContactName("Intake desk");
        service.setContactPhone("617-555-0" + (150 + Math.abs(name.hashCode()) % 800));
        service.setContactEmail("intake@" + organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example.org");
        service.setAddress("1 Main Street");
        service.setServicesOffered(bundle.getString("ResourceType." + type.name()));
        service.setPopulationsServed("Adults 18+");
        service.setSites(Set.copyOf(sites));
        em.persist(service);
        return service;
    }

    private DisclosureConsent consent(Episode episode, ResourceService service, Set<DisclosureCategory> categories,
            LocalDate signedOn, LocalDate expiresOn, String expiryEvent) {
        DisclosureConsent consent = new DisclosureConsent(episode.getParticipant(), USER, clock.instant());
        consent.recipient(service);
        consent.setPurpose("Continuing care after the intensive outpatient programme");
        consent.setCategories(categories);
        consent.setExpiresOn(expiresOn);
        consent.setExpiryEvent(expiryEvent);
        consent.setSignedBy(SignedBy.PARTICIPANT);
        consent.setSignedOn(signedOn);
        em.persist(consent);
        return consent;
    }

    /** A referral walked to {@code state} over the last {@code daysAgo} days, each step a transition, each sending a disclosure. */
    private Referral referral(Episode episode, ResourceService service, String reason, Set<DisclosureCategory> categories,
            DisclosureConsent consent, ReferralStatus state, LocalDate today, int daysAgo) {
        Instant at = clock.instant().minus(Duration.ofDays(daysAgo));
        Referral referral = new Referral(episode, service, USER, at);
        referral.setReason(reason);
        referral.setCategories(categories);
        em.persist(referral);
        em.persist(new ReferralTransition(referral, null, ReferralStatus.DRAFT, at, USER, null));
        for (ReferralStatus step : path(state, consent != null)) {
            at = at.plus(Duration.ofDays(2));
            String detail = null;
            switch (step) {
                case CONSENT_RECORDED -> {
                    referral.setConsent(consent);
                    detail = "consent";
                }
                case SENT -> {
                    referral.sent(at);
                    em.persist(new Disclosure(referral, ConsentStatement.of(consent, bundle), ConsentStatement.NOTICE_VERSION,
                            at, USER));
                }
                case DECLINED -> {
                    referral.declined("No places this month");
                    detail = "No places this month";
                }
                case APPOINTMENT_SCHEDULED -> {
                    referral.appointment(today.minusDays(1));
                    detail = String.valueOf(today.minusDays(1));
                }
                case CLOSED -> {
                    referral.closed(ClosingOutcome.CONNECTED);
                    detail = ClosingOutcome.CONNECTED.name();
                }
                default -> {
                    // nothing of its own
                }
            }
            em.persist(new ReferralTransition(referral, referral.getStatus(), step, at, USER, detail));
            referral.moveTo(step, at);
        }
        return referral;
    }

    /** The steps after draft that lead to {@code state}. */
    private static List<ReferralStatus> path(ReferralStatus state, boolean consent) {
        List<ReferralStatus> steps = new ArrayList<>();
        if (state == ReferralStatus.DRAFT) {
            return steps;
        }
        if (consent) {
            steps.add(ReferralStatus.CONSENT_RECORDED);
        }
        if (state == ReferralStatus.CONSENT_RECORDED) {
            return steps;
        }
        steps.add(ReferralStatus.SENT);
        switch (state) {
            case DECLINED -> steps.add(ReferralStatus.DECLINED);
            case ACCEPTED -> steps.add(ReferralStatus.ACCEPTED);
            case APPOINTMENT_SCHEDULED -> steps.addAll(List.of(ReferralStatus.ACCEPTED, ReferralStatus.APPOINTMENT_SCHEDULED));
            case NO_SHOW -> steps.addAll(List.of(ReferralStatus.ACCEPTED, ReferralStatus.APPOINTMENT_SCHEDULED,
                    ReferralStatus.NO_SHOW));
            case ATTENDED -> steps.addAll(List.of(ReferralStatus.ACCEPTED, ReferralStatus.APPOINTMENT_SCHEDULED,
                    ReferralStatus.ATTENDED));
            case CLOSED -> steps.addAll(List.of(ReferralStatus.ACCEPTED, ReferralStatus.APPOINTMENT_SCHEDULED,
                    ReferralStatus.ATTENDED, ReferralStatus.CLOSED));
            default -> {
                // sent
            }
        }
        return steps;
    }
}
