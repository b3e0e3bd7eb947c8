package org.iopmanager.staff.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.control.Npi;
import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SortKey;
import org.iopmanager.site.entity.Site;

/**
 * A person who works for the provider, clinical or not. Staff are deactivated, never deleted, because their
 * credential file must outlive their employment. The home site employs them (their documents live there);
 * {@link #getSites()} are all the sites where they work, which is what site administrators see them by.
 * Whether they are credentialed is derived from {@link #getLatestDecision()}; whether they are excluded is
 * set only by a confirmed exclusion-list match.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The sort key's column: last name, a comma and a space, first name. */
    static final int SORT_NAME_MAX = 130;

    public static final int NAME_MAX = 60;

    @NotBlank(message = "{staff.firstName.required}")
    @Size(max = NAME_MAX, message = "{staff.name.size}")
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Size(max = NAME_MAX, message = "{staff.name.size}")
    @Column(name = "middle_name", length = NAME_MAX)
    private String middleName;

    @NotBlank(message = "{staff.lastName.required}")
    @Size(max = NAME_MAX, message = "{staff.name.size}")
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @AuditIgnored
    @Column(name = "sort_name", nullable = false, length = SORT_NAME_MAX)
    private String sortName;

    @NotNull(message = "{staff.dateOfBirth.required}")
    @Past(message = "{staff.dateOfBirth.past}")
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Npi
    @Column(length = 10, unique = true)
    private String npi;

    @Email(message = "{staff.email.invalid}")
    @Size(max = 254, message = "{staff.email.size}")
    @Column(length = 254)
    private String email;

    @NotNull(message = "{staff.discipline.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "discipline_id", nullable = false)
    private Discipline discipline;

    @NotNull(message = "{staff.homeSite.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "home_site_id", nullable = false)
    private Site homeSite;

    @ManyToMany
    @JoinTable(name = "staff_site", joinColumns = @JoinColumn(name = "staff_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private StaffMember supervisor;

    @Column(name = "supervision_start")
    private LocalDate supervisionStart;

    @Column(name = "supervision_end")
    private LocalDate supervisionEnd;

    @NotNull(message = "{staff.employmentStatus.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", nullable = false, length = 20)
    private EmploymentStatus employmentStatus = EmploymentStatus.ACTIVE;

    @NotNull(message = "{staff.employmentStart.required}")
    @Column(name = "employment_start", nullable = false)
    private LocalDate employmentStart;

    @Column(name = "employment_end")
    private LocalDate employmentEnd;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "last_screened_on")
    private LocalDate lastScreenedOn;

    @Column(name = "last_licence_check")
    private LocalDate lastLicenceCheck;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "latest_decision_id")
    private CredentialingDecision latestDecision;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public StaffMember() {
    }

    public StaffMember(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Copies what a person may type (not exclusion, decisions or monitoring dates, which services set). */
    public void copyDetailsFrom(StaffMember other) {
        firstName = trim(other.firstName);
        middleName = trim(other.middleName);
        lastName = trim(other.lastName);
        dateOfBirth = other.dateOfBirth;
        npi = trim(other.npi);
        email = trim(other.email);
        employmentStatus = other.employmentStatus;
        employmentStart = other.employmentStart;
        employmentEnd = other.employmentEnd;
        supervisionStart = other.supervisionStart;
        supervisionEnd = other.supervisionEnd;
        sortName = SortKey.of(lastName + ", " + firstName, SORT_NAME_MAX);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Credentialing state on a day, from the latest decision: approvals lapse at their recredentialing date. */
    public CredentialingState credentialingOn(LocalDate day) {
        if (latestDecision == null) {
            return CredentialingState.PENDING;
        }
        if (!latestDecision.getOutcome().credentials()) {
            return CredentialingState.DENIED;
        }
        return day.isBefore(latestDecision.getRecredentialDue()) ? CredentialingState.CREDENTIALED : CredentialingState.LAPSED;
    }

    /** Whether a supervisor is on record for the day (associate licensees may practise only then). */
    public boolean supervisedOn(LocalDate day) {
        return supervisor != null && supervisionStart != null && !day.isBefore(supervisionStart)
                && (supervisionEnd == null || !day.isAfter(supervisionEnd));
    }

    public boolean worksAt(Long siteId) {
        return sites.stream().anyMatch(site -> site.getId().equals(siteId));
    }

    public String getFullName() {
        return middleName == null ? firstName + " " + lastName : firstName + " " + middleName + " " + lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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

    public String getNpi() {
        return npi;
    }

    public void setNpi(String npi) {
        this.npi = npi;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public Site getHomeSite() {
        return homeSite;
    }

    public void setHomeSite(Site homeSite) {
        this.homeSite = homeSite;
    }

    public Set<Site> getSites() {
        return sites;
    }

    public void setSites(Set<Site> sites) {
        this.sites = sites;
    }

    public StaffMember getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(StaffMember supervisor) {
        this.supervisor = supervisor;
    }

    public LocalDate getSupervisionStart() {
        return supervisionStart;
    }

    public void setSupervisionStart(LocalDate supervisionStart) {
        this.supervisionStart = supervisionStart;
    }

    public LocalDate getSupervisionEnd() {
        return supervisionEnd;
    }

    public void setSupervisionEnd(LocalDate supervisionEnd) {
        this.supervisionEnd = supervisionEnd;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public LocalDate getEmploymentStart() {
        return employmentStart;
    }

    public void setEmploymentStart(LocalDate employmentStart) {
        this.employmentStart = employmentStart;
    }

    public LocalDate getEmploymentEnd() {
        return employmentEnd;
    }

    public void setEmploymentEnd(LocalDate employmentEnd) {
        this.employmentEnd = employmentEnd;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public void setExcluded(boolean excluded) {
        this.excluded = excluded;
    }

    public LocalDate getLastScreenedOn() {
        return lastScreenedOn;
    }

    public void setLastScreenedOn(LocalDate lastScreenedOn) {
        this.lastScreenedOn = lastScreenedOn;
    }

    public LocalDate getLastLicenceCheck() {
        return lastLicenceCheck;
    }

    public void setLastLicenceCheck(LocalDate lastLicenceCheck) {
        this.lastLicenceCheck = lastLicenceCheck;
    }

    public CredentialingDecision getLatestDecision() {
        return latestDecision;
    }

    public void setLatestDecision(CredentialingDecision latestDecision) {
        this.latestDecision = latestDecision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
