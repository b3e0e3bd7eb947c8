package org.iopmanager.site.entity;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * A place where the provider runs programmes. Everything clinical and most of credentialing hangs off a
 * site, and the site is the unit of access: users are bound to sites and see only theirs. Each site has
 * its own time zone, because "expires today" and "this week's hours" are local to it. Sites are
 * deactivated, never deleted.
 */
@Entity
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

    protected Site() {
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
}
