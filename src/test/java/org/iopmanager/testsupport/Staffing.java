package org.iopmanager.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.iopmanager.platform.control.NpiCheck;

/**
 * Staff members made over the REST API as the credentialing office does it: a staff record, a licence, its
 * primary-source verification and a credentialing decision, so that clearance can say yes from a given day.
 */
public final class Staffing {

    /** The LCSW discipline and licence type seeded by the migrations, which the eligibility table clears for counselling. */
    private static final long LCSW_DISCIPLINE = 104;
    private static final long LCSW_TYPE = 206;

    private Staffing() {
    }

    /**
     * A counsellor working at {@code siteId}, cleared from {@code decidedOn}: licence verified on {@code verifiedOn}
     * (at most 120 days before today) and approved on {@code decidedOn}; a past admission or session needs both
     * dates before it.
     */
    public static long cleared(WebClient office, Fixture f, String lastName, long siteId, LocalDate verifiedOn,
            LocalDate decidedOn) {
        long staffId = create(office, f, lastName, siteId);
        JsonObject licence = licence(office, staffId, verifiedOn.plusYears(3));
        HttpResponse<String> verified = office.postJson("api/credentials/" + licence.getJsonNumber("id").longValue()
                + "/verifications", "{\"credentialVersion\":" + licence.getJsonNumber("version").longValue()
                + ",\"source\":\"ISSUING_BOARD\",\"method\":\"ONLINE_LOOKUP\",\"verifiedOn\":\"" + verifiedOn
                + "\",\"outcome\":\"VERIFIED\",\"reference\":\"look-up\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        long version = Json.object(office.getJson("api/staff/" + staffId).body()).getJsonNumber("version").longValue();
        HttpResponse<String> decided = office.postJson("api/staff/" + staffId + "/decisions", "{\"staffVersion\":" + version
                + ",\"outcome\":\"APPROVED\",\"decidedOn\":\"" + decidedOn + "\",\"reason\":\"Committee\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return staffId;
    }

    /** A staff member ("Test" + {@code lastName} + the fixture's suffix) working at {@code siteId} only. */
    public static long create(WebClient office, Fixture f, String lastName, long siteId) {
        String nine = "1" + String.format("%08d", Math.abs((f.suffix() + lastName).hashCode()) % 100_000_000);
        HttpResponse<String> created = office.postJson("api/staff", "{\"version\":0,\"firstName\":\"Test\",\"lastName\":\""
                + lastName + f.suffix() + "\",\"dateOfBirth\":\"1980-01-15\",\"npi\":\"" + nine + NpiCheck.checkDigit(nine)
                + "\",\"email\":\"t@example.org\",\"disciplineId\":" + LCSW_DISCIPLINE + ",\"homeSiteId\":" + siteId
                + ",\"siteIds\":[" + siteId + "],\"employmentStatus\":\"ACTIVE\",\"employmentStart\":\"2020-01-01\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Json.object(created.body()).getJsonNumber("id").longValue();
    }

    /** An LCSW licence, not yet verified. */
    public static JsonObject licence(WebClient office, long staffId, LocalDate expiry) {
        HttpResponse<String> added = office.postJson("api/staff/" + staffId + "/credentials", "{\"version\":0,\"typeId\":"
                + LCSW_TYPE + ",\"number\":\"LCSW-" + System.nanoTime() % 1_000_000 + "\",\"issuer\":\"State board\","
                + "\"state\":\"MA\",\"issueDate\":\"2015-01-01\",\"expiryDate\":\"" + expiry + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        return Json.object(added.body());
    }
}
