package org.iopmanager.testsupport;

/**
 * What {@link FixtureServlet} created for one test: two sites and one user per role with a known password,
 * all with a fresh suffix so tests never collide, on H2 or on a shared PostgreSQL database.
 */
public record Fixture(String suffix, long siteA, long siteB, String admin, String siteAdminA, String clinicianA,
        String credentialing, String auditor) {

    public static final String PASSWORD = "Fixture-pass-2026!";
}
