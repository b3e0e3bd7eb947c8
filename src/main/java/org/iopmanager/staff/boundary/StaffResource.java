package org.iopmanager.staff.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.staff.boundary.StaffShapes.ClearanceView;
import org.iopmanager.staff.boundary.StaffShapes.CredentialEdit;
import org.iopmanager.staff.boundary.StaffShapes.CredentialView;
import org.iopmanager.staff.boundary.StaffShapes.StaffEdit;
import org.iopmanager.staff.boundary.StaffShapes.StaffView;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.StaffMember;

/** Staff members, their credentials and their clearance over HTTP; the facades check roles and scope. */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffMembers staffMembers;

    @Inject
    Credentials credentials;

    @Inject
    Clearances clearances;

    @Inject
    Credentialing credentialing;

    @Inject
    Supervision supervision;

    @Inject
    CredentialStatusRule rule;

    @GET
    public List<StaffView> list(@QueryParam("text") String text, @QueryParam("site") Long siteId,
            @QueryParam("active") Boolean active, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return staffMembers.search(new StaffFilter(text, siteId, null, active, false), Math.max(0, first),
                Math.min(Math.max(1, max), 500), Map.of()).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    public StaffView find(@PathParam("id") Long id) {
        return view(staffMembers.find(id));
    }

    @POST
    public StaffView create(StaffEdit edit) {
        return view(staffMembers.create(edit.toStaff(), edit.links(), edit.reason()));
    }

    @PUT
    @Path("{id}")
    public StaffView update(@PathParam("id") Long id, StaffEdit edit) {
        return view(staffMembers.update(id, edit.version(), edit.toStaff(), edit.links(), edit.reason()));
    }

    @GET
    @Path("{id}/credentials")
    public List<CredentialView> credentials(@PathParam("id") Long id) {
        StaffMember staff = staffMembers.find(id);
        LocalDate today = credentials.todayFor(staff);
        return credentials.forStaff(id).stream().map(c -> CredentialView.of(c, rule, today)).toList();
    }

    @POST
    @Path("{id}/credentials")
    public CredentialView addCredential(@PathParam("id") Long id, CredentialEdit edit) {
        var credential = credentials.add(id, edit.toCredential(), edit.typeId(), edit.reason());
        return CredentialView.of(credential, rule, credentials.todayFor(credential.getStaff()));
    }

    @GET
    @Path("{id}/decisions")
    public List<StaffShapes.DecisionView> decisions(@PathParam("id") Long id) {
        return credentialing.decisions(id).stream().map(StaffShapes.DecisionView::of).toList();
    }

    @POST
    @Path("{id}/decisions")
    public StaffShapes.DecisionView decide(@PathParam("id") Long id, StaffShapes.DecisionEdit edit) {
        return StaffShapes.DecisionView.of(credentialing.decide(id, edit.staffVersion(), edit.toDecision(), edit.reason()));
    }

    /** Every change to the staff member's credentialing data, newest first, with who, when, before → after and why. */
    @GET
    @Path("{id}/history")
    public List<StaffShapes.HistoryView> history(@PathParam("id") Long id, @QueryParam("max") @DefaultValue("200") int max) {
        return staffMembers.history(id, Math.min(Math.max(1, max), 1000)).stream().map(StaffShapes.HistoryView::of).toList();
    }

    @GET
    @Path("{id}/supervised-hours")
    public List<StaffShapes.HoursView> supervisedHours(@PathParam("id") Long id) {
        return supervision.logOf(id).stream().map(StaffShapes.HoursView::of).toList();
    }

    @POST
    @Path("{id}/supervised-hours")
    public StaffShapes.HoursView logHours(@PathParam("id") Long id, StaffShapes.HoursEdit edit) {
        return StaffShapes.HoursView.of(supervision.log(id, edit.toHours()));
    }

    /** May the staff member deliver the service at the site on the day (today at the site when not given)? */
    @GET
    @Path("{id}/clearance")
    public ClearanceView clearance(@PathParam("id") Long id, @QueryParam("service") ClinicalService service,
            @QueryParam("site") Long siteId, @QueryParam("date") String date) {
        if (service == null) {
            throw RuleViolation.onField("service", "clearance.service.required");
        }
        if (siteId == null) {
            throw RuleViolation.onField("site", "clearance.site.required");
        }
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? clearances.todayAt(siteId) : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException notADate) {
            throw RuleViolation.onField("date", "clearance.date.invalid");
        }
        return ClearanceView.of(clearances.check(id, service, siteId, day));
    }

    private StaffView view(StaffMember staff) {
        return StaffView.of(staff, credentials.todayFor(staff));
    }
}
