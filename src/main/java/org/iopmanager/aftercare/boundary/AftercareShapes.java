package org.iopmanager.aftercare.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.iopmanager.aftercare.control.ReferralStep;
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
import org.iopmanager.platform.control.RuleViolation;

/** The JSON shapes of the aftercare API: what comes in and what goes out, never an entity. */
public final class AftercareShapes {

    private AftercareShapes() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new RuleViolation("aftercare.body.required");
        }
        return body;
    }

    public record NewReferral(Long episodeId, Long serviceId, String reason, Set<DisclosureCategory> categories) {
    }

    public record ReferralEdit(Long version, Long serviceId, String reason, Set<DisclosureCategory> categories) {
    }

    public record Step(Long version, ReferralStatus to, Long consentId, String reason, LocalDate date, ClosingOutcome outcome) {
        ReferralStep toStep() {
            return new ReferralStep(to, consentId, reason, date, outcome);
        }
    }

    public record FirstVisit(Long version, LocalDate firstVisitOn, VisitConfirmer confirmedBy, ConfirmationMethod method,
            String note) {
    }

    public record ReferralView(long id, long version, long episodeId, long participantId, long siteId, long serviceId,
            String service, String reason, Set<DisclosureCategory> categories, boolean sudInformation, ReferralStatus status,
            Instant statusSince, Long consentId, Instant sentAt, String declineReason, LocalDate appointmentDate,
            ClosingOutcome closingOutcome, LocalDate firstVisitOn, VisitConfirmer confirmedBy,
            ConfirmationMethod confirmationMethod, String confirmationNote, String verifiedBy, Set<ReferralStatus> next) {

        public static ReferralView of(Referral r) {
            return new ReferralView(r.getId(), r.getVersion(), r.getEpisode().getId(), r.getParticipantId(), r.owningSiteId(),
                    r.getService().getId(), r.getService().getName(), r.getReason(), r.getCategories(), r.isSudInformation(),
                    r.getStatus(), r.getStatusSince(), r.getConsent() == null ? null : r.getConsent().getId(), r.getSentAt(),
                    r.getDeclineReason(), r.getAppointmentDate(), r.getClosingOutcome(), r.getFirstVisitOn(),
                    r.getConfirmedBy(), r.getConfirmationMethod(), r.getConfirmationNote(), r.getVerifiedBy(),
                    org.iopmanager.aftercare.control.ReferralLifecycle.next(r.getStatus()));
        }
    }

    public record TransitionView(ReferralStatus from, ReferralStatus to, Instant at, String by, String detail) {
        public static TransitionView of(ReferralTransition t) {
            return new TransitionView(t.getFrom(), t.getTo(), t.getAt(), t.getByUser(), t.getDetail());
        }
    }

    public record NewConsent(Long participantId, Long serviceId, ResourceType recipientType, String recipientDescription,
            String purpose, Set<DisclosureCategory> categories, LocalDate expiresOn, String expiryEvent, SignedBy signedBy,
            String guardianName, LocalDate signedOn) {
        ConsentForm toForm() {
            return new ConsentForm(serviceId, recipientType, recipientDescription, purpose, categories, expiresOn, expiryEvent,
                    signedBy, guardianName, signedOn);
        }
    }

    public record Revocation(Long version, LocalDate revokedOn) {
    }

    public record ConsentView(long id, long version, long participantId, Long serviceId, ResourceType recipientType,
            String recipient, String purpose, Set<DisclosureCategory> categories, LocalDate expiresOn, String expiryEvent,
            SignedBy signedBy, String guardianName, LocalDate signedOn, String recordedBy, LocalDate revokedOn,
            String revokedBy) {

        public static ConsentView of(DisclosureConsent c) {
            return new ConsentView(c.getId(), c.getVersion(), c.getParticipant().getId(),
                    c.getRecipientService() == null ? null : c.getRecipientService().getId(), c.getRecipientType(),
                    c.getRecipientDescription(), c.getPurpose(), c.getCategories(), c.getExpiresOn(), c.getExpiryEvent(),
                    c.getSignedBy(), c.getGuardianName(), c.getSignedOn(), c.getRecordedBy(), c.getRevokedOn(), c.getRevokedBy());
        }
    }

    public record DisclosureView(long id, Instant disclosedAt, String recipient, Set<DisclosureCategory> categories,
            boolean sudInformation, Long consentId, String consentStatement, String noticeVersion, String disclosedBy,
            Long referralId) {

        public static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.getId(), d.getDisclosedAt(), d.getRecipient(), d.getCategories(), d.isSudInformation(),
                    d.getConsent() == null ? null : d.getConsent().getId(), d.getConsentStatement(), d.getNoticeVersion(),
                    d.getDisclosedBy(), d.getReferral() == null ? null : d.getReferral().getId());
        }
    }

    public record ServiceEdit(Long version, String name, String organisation, ResourceType type, boolean internal,
            String contactName, String contactPhone, String contactEmail, String address, String servicesOffered,
            String populationsServed, Boolean accepting, CoveredEntity coveredEntity, Set<Long> siteIds) {

        ResourceService toService() {
            ResourceService s = new ResourceService(name, organisation, type, coveredEntity);
            s.setInternal(internal);
            s.setContactName(contactName);
            s.setContactPhone(contactPhone);
            s.setContactEmail(contactEmail);
            s.setAddress(address);
            s.setServicesOffered(servicesOffered);
            s.setPopulationsServed(populationsServed);
            s.setAccepting(accepting == null || accepting);
            return s;
        }
    }

    public record ServiceView(long id, long version, String name, String organisation, ResourceType type, boolean internal,
            String contactName, String contactPhone, String contactEmail, String address, String servicesOffered,
            String populationsServed, boolean accepting, CoveredEntity coveredEntity, Set<Long> siteIds) {

        public static ServiceView of(ResourceService s) {
            return new ServiceView(s.getId(), s.getVersion(), s.getName(), s.getOrganisation(), s.getType(), s.isInternal(),
                    s.getContactName(), s.getContactPhone(), s.getContactEmail(), s.getAddress(), s.getServicesOffered(),
                    s.getPopulationsServed(), s.isAccepting(), s.getCoveredEntity(), s.siteIds());
        }
    }

    public record MonthView(long siteId, String month, long referred, long verifiedAttended) {
    }

    public record Page<T>(long total, List<T> rows) {
    }
}
