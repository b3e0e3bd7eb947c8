package org.iopmanager.security.entity;

/**
 * What a user may do. Site-bound roles see only the sites the user is bound to; provider-wide roles see
 * every site. Credentialing staff never see participant data, whatever their sites.
 */
public enum Role {
    ADMIN(true),
    SITE_ADMIN(false),
    CREDENTIALING(true),
    CLINICIAN(false),
    AUDITOR(true);

    /** Names for {@code @RolesAllowed}, which needs constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SITE_ADMIN_NAME = "SITE_ADMIN";
    public static final String CREDENTIALING_NAME = "CREDENTIALING";
    public static final String CLINICIAN_NAME = "CLINICIAN";
    public static final String AUDITOR_NAME = "AUDITOR";

    private final boolean providerWide;

    Role(boolean providerWide) {
        this.providerWide = providerWide;
    }

    public boolean isProviderWide() {
        return providerWide;
    }

    public boolean seesParticipants() {
        return this != CREDENTIALING;
    }
}
