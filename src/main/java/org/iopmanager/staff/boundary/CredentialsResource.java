package org.iopmanager.staff.boundary;

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

import org.iopmanager.staff.boundary.StaffShapes.CredentialEdit;
import org.iopmanager.staff.boundary.StaffShapes.CredentialView;
import org.iopmanager.staff.boundary.StaffShapes.VerificationEdit;
import org.iopmanager.staff.boundary.StaffShapes.VerificationView;
import org.iopmanager.staff.boundary.StaffShapes.WorkItemView;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.WorkReason;

/** One credential, its verifications, claims, and the verification work list over HTTP. */
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    @Inject
    Credentials credentials;

    @Inject
    Verifications verifications;

    @Inject
    CredentialStatusRule rule;

    @GET
    @Path("{id}")
    public CredentialView find(@PathParam("id") Long id) {
        return view(credentials.find(id));
    }

    @PUT
    @Path("{id}")
    public CredentialView update(@PathParam("id") Long id, CredentialEdit edit) {
        return view(credentials.update(id, edit.version(), edit.toCredential(), edit.typeId(), edit.reason()));
    }

    @GET
    @Path("{id}/verifications")
    public List<VerificationView> verifications(@PathParam("id") Long id) {
        return verifications.forCredential(id).stream().map(VerificationView::of).toList();
    }

    @POST
    @Path("{id}/verifications")
    public VerificationView verify(@PathParam("id") Long id, VerificationEdit edit) {
        return VerificationView.of(verifications.record(id, edit.credentialVersion(), edit.toVerification(), null, null));
    }

    @POST
    @Path("{id}/claim")
    public CredentialView claim(@PathParam("id") Long id) {
        return view(verifications.claim(id));
    }

    @POST
    @Path("{id}/release")
    public CredentialView release(@PathParam("id") Long id) {
        return view(verifications.release(id));
    }

    /** The verification work list, most urgent first, with the counts per reason in a header-free second call. */
    @GET
    @Path("work")
    public List<WorkItemView> work(@QueryParam("site") Long siteId, @QueryParam("kind") CredentialKind kind,
            @QueryParam("reason") WorkReason reason, @QueryParam("mine") boolean mine,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return verifications.workList(new WorkFilter(siteId, null, kind, reason, mine, null), Math.max(0, first),
                Math.min(Math.max(1, max), 500), Map.of()).stream().map(WorkItemView::of).toList();
    }

    @GET
    @Path("work/counts")
    public Map<WorkReason, Long> counts(@QueryParam("site") Long siteId, @QueryParam("kind") CredentialKind kind) {
        return verifications.countsByReason(new WorkFilter(siteId, null, kind, null, false, null));
    }

    private CredentialView view(Credential credential) {
        return CredentialView.of(credential, rule, credentials.todayFor(credential.getStaff()));
    }
}
