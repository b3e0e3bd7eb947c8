package org.iopmanager.testsupport;

import java.net.URI;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.iopmanager.demo.control.DemoData;

/**
 * What {@link FixtureServlet} created for one test: two sites and one user per role with a known password,
 * all with a fresh suffix so tests never collide, on H2 or on a shared PostgreSQL database.
 */
public record Fixture(String suffix, long siteA, long siteB, String admin, String siteAdminA, String clinicianA,
        String credentialing, String auditor) {

    public static final String PASSWORD = "Fixture-pass-2026!";

    /** Asks the deployment at {@code base} for a new fixture, as the demo administrator. */
    public static Fixture create(URI base) {
        WebClient admin = new WebClient(base);
        admin.loginOrFail("admin", DemoData.PASSWORD);
        HttpResponse<String> created = admin.post("test-support/fixture");
        if (created.statusCode() != 200) {
            throw new AssertionError("Fixture not created: " + created.statusCode() + " " + created.body());
        }
        JsonObject json = Json.object(created.body());
        String s = json.getString("suffix");
        return new Fixture(s, json.getJsonNumber("siteA").longValue(), json.getJsonNumber("siteB").longValue(),
                "ad-" + s, "sa-" + s, "cl-" + s, "cr-" + s, "au-" + s);
    }

    /** A client of the deployment at {@code base}, signed in as one of the fixture's users. */
    public static WebClient signedIn(URI base, String username) {
        WebClient client = new WebClient(base);
        client.loginOrFail(username, PASSWORD);
        return client;
    }
}
