package org.iopmanager.site.boundary;

import java.io.Serializable;

import org.iopmanager.site.entity.Programme;

/** Narrowing of the site list: name or code fragment, state, programme, active or not. */
public record SiteFilter(String text, String state, Programme programme, Boolean active) implements Serializable {

    public static final SiteFilter ALL = new SiteFilter(null, null, null, null);
}
