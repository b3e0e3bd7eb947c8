package org.iopmanager.site.control;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.iopmanager.site.entity.Programme;

/**
 * A site as menus, filters, the readiness matrix's rows and "today at the site" need it: no address, nothing to edit. Getters rather
 * than a record, because Jakarta EL 5 (Payara 6) reads properties by getter only.
 */
public final class SiteChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String name;
    private final String timeZone;
    private final String state;
    private final boolean active;
    private final Set<Programme> programmes;

    public SiteChoice(Long id, String code, String name, String timeZone, String state, boolean active,
            Set<Programme> programmes) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.state = state;
        this.active = active;
        this.programmes = programmes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(programmes));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getState() {
        return state;
    }

    public Set<Programme> getProgrammes() {
        return programmes;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return code;
    }
}
