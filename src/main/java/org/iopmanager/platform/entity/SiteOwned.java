package org.iopmanager.platform.entity;

/**
 * A record that belongs to one site. Site scope checks and the audit trail read the site from here,
 * so every feature entity that lives at a site implements it.
 */
public interface SiteOwned {

    Long owningSiteId();
}
