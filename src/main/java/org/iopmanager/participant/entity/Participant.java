package org.iopmanager.participant.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.platform.entity.SortKey;
import org.iopmanager.site.entity.Site;

/**
 * A person in care at one site. Everything here is protected health information (for substance-use care also
 * 42 CFR Part 2 information): only the clinical roles of the site see it, and every view is audited.
 */
@Entity
@Table(name = "participant")
public class Participant extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    /** The sort key's column: last name, a comma and a space, first name. */
    static final int SORT_NAME_MAX = 130;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    /** The site's id read from the same column, so that lists need not load the site. */
    @Column(name = "site_id", insertable = false, updatable = false)
    private Long siteId;

    @NotBlank(message = "{participant.recordNumber.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{1,30}", message = "{participant.recordNumber.pattern}")
    @Column(name = "record_number", nullable = false, length = 30)
    private String recordNumber;

    @NotBlank(message = "{participant.firstName.required}")
    @Size(max = 60, message = "{participant.name.size}")
    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @NotBlank(message = "{participant.lastName.required}")
    @Size(max = 60, message = "{participant.name.size}")
    @Column(name = "last_name", nullable = false, length = 60)
    private String lastName;

    @Size(max = 60, message = "{participant.name.size}")
    @Column(name = "preferred_name", length = 60)
    private String preferredName;

    @AuditIgnored
    @Column(name = "sort_name", nullable = false, length = SORT_NAME_MAX)
    private String sortName;

    @NotNull(message = "{participant.dateOfBirth.required}")
    @Past(message = "{participant.dateOfBirth.past}")
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Pattern(regexp = "([0-9+()./ -]{7,30})?", message = "{participant.phone.pattern}")
    @Column(length = 30)
    private String phone;

    @Email(message = "{participant.email.invalid}")
    @Size(max = 254, message = "{participant.email.size}")
    @Column(length = 254)
    private String email;

    @Size(max = 200, message = "{participant.emergencyContact.size}")
    @Column(name = "emergency_contact", length = 200)
    private String emergencyContact;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public Participant() {
    }

    public Participant(Site site, Instant createdAt) {
        this.site = site;
        this.createdAt = createdAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId != null ? siteId : site == null ? null : site.getId();
    }

    public void copyDetailsFrom(Participant other) {
        recordNumber = trim(other.recordNumber);
        firstName = trim(other.firstName);
        lastName = trim(other.lastName);
        preferredName = trim(other.preferredName);
        dateOfBirth = other.dateOfBirth;
        phone = trim(other.phone);
        email = trim(other.email);
        emergencyContact = trim(other.emergencyContact);
        sortName = SortKey.of(lastName + ", " + firstName, SORT_NAME_MAX);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Site getSite() {
        return site;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
        this.recordNumber = recordNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getSortName() {
        return sortName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmergencyContact() {
        return emergencyContact;
    }

    public void setEmergencyContact(String emergencyContact) {
        this.emergencyContact = emergencyContact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
