package org.iopmanager.aftercare.entity;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SortKey;
import org.iopmanager.site.entity.Site;

/**
 * A service of the resource directory that participants are referred to after discharge: one of ours (an alumni
 * group) or another organisation's. Whether it is a Part 2 programme, a HIPAA covered entity or neither decides
 * what it may redisclose, so the referral summary says it. The sites that use it see it in their directory.
 */
@Entity
@Table(name = "resource_service")
public class ResourceService extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 160;
    public static final int TEXT_MAX = 1000;
    static final int SEARCH_TEXT_MAX = 1500;

    @NotBlank(message = "{aftercare.service.name.required}")
    @Size(max = NAME_MAX, message = "{aftercare.text.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank(message = "{aftercare.service.organisation.required}")
    @Size(max = NAME_MAX, message = "{aftercare.text.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String organisation;

    @NotNull(message = "{aftercare.service.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 40)
    private ResourceType type;

    @Column(name = "internal_service", nullable = false)
    private boolean internal;

    @Size(max = 120, message = "{aftercare.text.size}")
    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Pattern(regexp = "([0-9+()./ -]{7,30})?", message = "{aftercare.service.phone.pattern}")
    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Email(message = "{aftercare.service.email.invalid}")
    @Size(max = 254, message = "{aftercare.text.size}")
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Size(max = 300, message = "{aftercare.text.size}")
    @Column(length = 300)
    private String address;

    @Size(max = TEXT_MAX, message = "{aftercare.text.size}")
    @Column(name = "services_offered", length = TEXT_MAX)
    private String servicesOffered;

    @Size(max = 500, message = "{aftercare.text.size}")
    @Column(name = "populations_served", length = 500)
    private String populationsServed;

    @Column(nullable = false)
    private boolean accepting = true;

    @NotNull(message = "{aftercare.service.coveredEntity.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "covered_entity", nullable = false, length = 30)
    private CoveredEntity coveredEntity;

    @AuditIgnored
    @Column(name = "sort_name", nullable = false, length = NAME_MAX)
    private String sortName;

    /** Name, organisation and services in lower case: what the directory's text filter matches, without SQL functions. */
    @AuditIgnored
    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_MAX)
    private String searchText;

    @ManyToMany
    @JoinTable(name = "resource_service_site", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new HashSet<>();

    public ResourceService() {
    }

    public ResourceService(String name, String organisation, ResourceType type, CoveredEntity coveredEntity) {
        this.name = name;
        this.organisation = organisation;
        this.type = type;
        this.coveredEntity = coveredEntity;
    }

    @PrePersist
    @PreUpdate
    void sortable() {
        sortName = SortKey.of(name, NAME_MAX);
        searchText = SortKey.of(String.join(" ", name == null ? "" : name, organisation == null ? "" : organisation,
                servicesOffered == null ? "" : servicesOffered), SEARCH_TEXT_MAX);
    }

    public void copyDetailsFrom(ResourceService other) {
        name = other.name;
        organisation = other.organisation;
        type = other.type;
        internal = other.internal;
        contactName = other.contactName;
        contactPhone = other.contactPhone;
        contactEmail = other.contactEmail;
        address = other.address;
        servicesOffered = other.servicesOffered;
        populationsServed = other.populationsServed;
        accepting = other.accepting;
        coveredEntity = other.coveredEntity;
        sortable();
    }

    public boolean usedAt(Long siteId) {
        return sites.stream().anyMatch(s -> s.getId().equals(siteId));
    }

    public Set<Long> siteIds() {
        return sites.stream().map(Site::getId).collect(Collectors.toSet());
    }

    /** Who the recipient is, as a consent and a disclosure name it. */
    public String recipientName() {
        return name + " (" + organisation + ")";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getServicesOffered() {
        return servicesOffered;
    }

    public void setServicesOffered(String servicesOffered) {
        this.servicesOffered = servicesOffered;
    }

    public String getPopulationsServed() {
        return populationsServed;
    }

    public void setPopulationsServed(String populationsServed) {
        this.populationsServed = populationsServed;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }

    public CoveredEntity getCoveredEntity() {
        return coveredEntity;
    }

    public void setCoveredEntity(CoveredEntity coveredEntity) {
        this.coveredEntity = coveredEntity;
    }

    public Set<Site> getSites() {
        return sites;
    }

    public void setSites(Set<Site> sites) {
        this.sites = new HashSet<>(sites);
    }
}
