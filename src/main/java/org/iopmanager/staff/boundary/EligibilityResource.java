package org.iopmanager.staff.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.staff.boundary.StaffShapes.EligibilityEdit;
import org.iopmanager.staff.boundary.StaffShapes.EligibilityView;

/** The service-eligibility table that clearance reads; provider administrators change it. */
@Path("eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    StaffLists lists;

    @GET
    public List<EligibilityView> list() {
        return lists.eligibility().stream().map(EligibilityView::of).toList();
    }

    @POST
    public EligibilityView allow(EligibilityEdit edit) {
        return EligibilityView.of(lists.allow(edit.typeId(), edit.service(), edit.requiresKind()));
    }

    @DELETE
    @Path("{id}")
    public void disallow(@PathParam("id") Long id) {
        lists.disallow(id);
    }
}
