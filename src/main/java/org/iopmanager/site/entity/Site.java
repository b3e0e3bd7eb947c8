package org.iopmanager.site.entity;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.control.Npi;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.site.control.SiteDirectory;

/**
 * A place where the provider runs programmes. Everything clinical and most of credentialing hangs off a
 * site, and the site is the unit of access: users are bound to sites and see only theirs. Each site has
 * its own time zone, because "expires today" and "this week's hours" are local to it. Sites are
 * deactivated, never deleted.
 */
@Entity
@EntityListeners(SiteDirectory.Listener.class)
@Table(name = "site")
public class Site extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = 120;

    @NotBlank(message = "{site.code.required}")
    @Size(max = CODE_MAX, message = "{site.code.size}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{site.code.pattern}")
    @Column(nullable = false, length = CODE_MAX, unique = true)
    private String code;

    @NotBlank(message = "{site.name.required}")
    @Size(max = NAME_MAX, message = "{site.name.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank(message = "{site.timeZone.required}")
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private boolean active = true;

    @Size(max = 120, message = "{site.address.size}")
    @Column(name = "address_line1", length = 120)
    private String addressLine1;

    @Size(max = 120, message = "{site.address.size}")
    @Column(name = "address_line2", length = 120)
    private String addressLine2;

    @Size(max = 80, message = "{site.city.size}")
    @Column(length = 80)
    private String city;

    @Pattern(regexp = "([A-Z]{2})?", message = "{site.state.pattern}")
    @Column(length = 2)
    private String state;

    @Pattern(regexp = "([0-9]{5}(-[0-9]{4})?)?", message = "{site.postalCode.pattern}")
    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Pattern(regexp = "([0-9+()./ -]{7,30})?", message = "{site.phone.pattern}")
    @Column(length = 30)
    private String phone;

    @Npi
    @Column(length = 10)
    private String npi;

    @Min(value = 0, message = "{site.capacity.min}")
    @Max(value = 10000, message = "{site.capacity.max}")
    @Column(name = "licensed_capacity")
    private Integer licensedCapacity;

    // Lazy: the site of nearly every row of every list (a staff member's home site, a participant's site) needs only its
    // name and zone, and an eager set cost one query per distinct site on each page (issue 7). The site's own page and
    // API read it in the request that loaded the site; the site list reads all of a page's in one query (Sites.search).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "site_programme", joinColumns = @JoinColumn(name = "site_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "programme", length = 30)
    private Set<Programme> programmes = EnumSet.noneOf(Programme.class);

    public Site() {
    }

    public Site(String code, String name, ZoneId timeZone) {
        this.code = code;
        this.name = name;
        this.timeZone = timeZone.getId();
    }

    @Override
    public Long owningSiteId() {
        return getId();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = blankToNull(addressLine1);
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = blankToNull(addressLine2);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = blankToNull(city);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = blankToNull(state);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = blankToNull(postalCode);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public String getNpi() {
        return npi;
    }

    public void setNpi(String npi) {
        this.npi = blankToNull(npi);
    }

    public Integer getLicensedCapacity() {
        return licensedCapacity;
    }

    public void setLicensedCapacity(Integer licensedCapacity) {
        this.licensedCapacity = licensedCapacity;
    }

    public Set<Programme> getProgrammes() {
        return programmes;
    }

    public void setProgrammes(Set<Programme> programmes) {
        this.programmes = programmes.isEmpty() ? EnumSet.noneOf(Programme.class) : EnumSet.copyOf(programmes);
    }

    /** Copies what an administrator may edit (not the code, not active). */
    public void copyDetailsFrom(Site edited) {
        setName(edited.getName());
        setTimeZone(edited.getTimeZone());
        setAddressLine1(edited.getAddressLine1());
        setAddressLine2(edited.getAddressLine2());
        setCity(edited.getCity());
        setState(edited.getState());
        setPostalCode(edited.getPostalCode());
        setPhone(edited.getPhone());
        setNpi(edited.getNpi());
        setLicensedCapacity(edited.getLicensedCapacity());
        setProgrammes(edited.getProgrammes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
