package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.aftercare.boundary.VisitConfirmation;
import org.iopmanager.aftercare.control.ReferralStep;
import org.iopmanager.aftercare.entity.ClosingOutcome;
import org.iopmanager.aftercare.entity.ConfirmationMethod;
import org.iopmanager.aftercare.entity.Referral;
import org.iopmanager.aftercare.entity.ReferralStatus;
import org.iopmanager.aftercare.entity.VisitConfirmer;

/** The input of one step (or a verified first visit) of the referral chosen on the plan page, at its loaded version. */
public class ReferralStepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long referralId;
    private long version;
    private String serviceName;
    private ReferralStatus to;
    private Long consentId;
    private String reason;
    private LocalDate date;
    private ClosingOutcome outcome;
    private LocalDate firstVisitOn;
    private VisitConfirmer confirmedBy;
    private ConfirmationMethod method;
    private String note;

    void choose(Referral referral) {
        clear();
        referralId = referral.getId();
        version = referral.getVersion();
        serviceName = referral.getService().getName();
        consentId = referral.getConsent() == null ? null : referral.getConsent().getId();
    }

    void clear() {
        referralId = null;
        to = null;
        consentId = null;
        reason = null;
        date = null;
        outcome = null;
        firstVisitOn = null;
        confirmedBy = null;
        method = null;
        note = null;
    }

    ReferralStep toStep() {
        return new ReferralStep(to, consentId, reason, date, outcome);
    }

    VisitConfirmation toVisit() {
        return new VisitConfirmation(firstVisitOn, confirmedBy, method, note);
    }

    public boolean isChosen() {
        return referralId != null;
    }

    public Long getReferralId() {
        return referralId;
    }

    public long getVersion() {
        return version;
    }

    public String getServiceName() {
        return serviceName;
    }

    public ReferralStatus getTo() {
        return to;
    }

    public void setTo(ReferralStatus to) {
        this.to = to;
    }

    public Long getConsentId() {
        return consentId;
    }

    public void setConsentId(Long consentId) {
        this.consentId = consentId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public ClosingOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ClosingOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFirstVisitOn() {
        return firstVisitOn;
    }

    public void setFirstVisitOn(LocalDate firstVisitOn) {
        this.firstVisitOn = firstVisitOn;
    }

    public VisitConfirmer getConfirmedBy() {
        return confirmedBy;
    }

    public void setConfirmedBy(VisitConfirmer confirmedBy) {
        this.confirmedBy = confirmedBy;
    }

    public ConfirmationMethod getMethod() {
        return method;
    }

    public void setMethod(ConfirmationMethod method) {
        this.method = method;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
