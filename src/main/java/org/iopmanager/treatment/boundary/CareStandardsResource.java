package org.iopmanager.treatment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.treatment.control.CareStandard;
import org.iopmanager.treatment.entity.CareSettings;

/** A site's care standard over HTTP: its own settings (empty follows the default) and the standard that holds. */
@Path("care-standards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareStandardsResource {

    @Inject
    CareStandards standards;

    public record SettingsView(Long siteId, long version, Integer firstPlanDays, Integer reviewDays, Integer asam21AdultMinutes,
            Integer asam21AdolescentMinutes, Integer asam25Minutes, Integer asam10Minutes, CareStandard effective) {

        static SettingsView of(CareSettings s, CareStandard effective) {
            return new SettingsView(s.getSiteId(), s.getVersion(), s.getFirstPlanDays(), s.getReviewDays(),
                    s.getAsam21AdultMinutes(), s.getAsam21AdolescentMinutes(), s.getAsam25Minutes(), s.getAsam10Minutes(),
                    effective);
        }
    }

    public record SettingsEdit(long version, Integer firstPlanDays, Integer reviewDays, Integer asam21AdultMinutes,
            Integer asam21AdolescentMinutes, Integer asam25Minutes, Integer asam10Minutes) {

        CareSettings toSettings() {
            CareSettings s = new CareSettings();
            s.setFirstPlanDays(firstPlanDays);
            s.setReviewDays(reviewDays);
            s.setAsam21AdultMinutes(asam21AdultMinutes);
            s.setAsam21AdolescentMinutes(asam21AdolescentMinutes);
            s.setAsam25Minutes(asam25Minutes);
            s.setAsam10Minutes(asam10Minutes);
            return s;
        }
    }

    @GET
    @Path("{siteId}")
    public SettingsView get(@PathParam("siteId") Long siteId) {
        return SettingsView.of(standards.settings(siteId), standards.at(siteId));
    }

    @PUT
    @Path("{siteId}")
    public SettingsView put(@PathParam("siteId") Long siteId, SettingsEdit edit) {
        CareSettings saved = standards.save(siteId, edit.version(), edit.toSettings());
        return SettingsView.of(saved, standards.at(siteId));
    }
}
