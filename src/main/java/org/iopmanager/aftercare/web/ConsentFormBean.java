package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.iopmanager.aftercare.boundary.ConsentForm;
import org.iopmanager.aftercare.entity.Categories;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.aftercare.entity.SignedBy;

/** The input of a new consent on the plan page: a named service or a class of recipients, and the signed form's terms. */
public class ConsentFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long serviceId;
    private ResourceType recipientType;
    private String recipientDescription;
    private String purpose;
    private DisclosureCategory[] categories = new DisclosureCategory[0];
    private LocalDate expiresOn;
    private String expiryEvent;
    private SignedBy signedBy = SignedBy.PARTICIPANT;
    private String guardianName;
    private LocalDate signedOn;

    ConsentForm toForm() {
        return new ConsentForm(serviceId, recipientType, recipientDescription, purpose,
                Categories.of(java.util.Arrays.asList(categories)), expiresOn,
                expiryEvent, signedBy, guardianName, signedOn);
    }

    void clear() {
        serviceId = null;
        recipientType = null;
        recipientDescription = null;
        purpose = null;
        categories = new DisclosureCategory[0];
        expiresOn = null;
        expiryEvent = null;
        signedBy = SignedBy.PARTICIPANT;
        guardianName = null;
        signedOn = null;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public ResourceType getRecipientType() {
        return recipientType;
    }

    public void setRecipientType(ResourceType recipientType) {
        this.recipientType = recipientType;
    }

    public String getRecipientDescription() {
        return recipientDescription;
    }

    public void setRecipientDescription(String recipientDescription) {
        this.recipientDescription = recipientDescription;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public DisclosureCategory[] getCategories() {
        return categories.clone();
    }

    public void setCategories(DisclosureCategory[] categories) {
        this.categories = categories == null ? new DisclosureCategory[0] : categories.clone();
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getExpiryEvent() {
        return expiryEvent;
    }

    public void setExpiryEvent(String expiryEvent) {
        this.expiryEvent = expiryEvent;
    }

    public SignedBy getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(SignedBy signedBy) {
        this.signedBy = signedBy;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }
}
