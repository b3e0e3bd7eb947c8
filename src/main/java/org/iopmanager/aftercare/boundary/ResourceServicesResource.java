package org.iopmanager.aftercare.boundary;

import static org.iopmanager.aftercare.boundary.AftercareShapes.body;

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

import org.iopmanager.aftercare.boundary.AftercareShapes.Page;
import org.iopmanager.aftercare.boundary.AftercareShapes.ServiceEdit;
import org.iopmanager.aftercare.boundary.AftercareShapes.ServiceView;
import org.iopmanager.aftercare.entity.ResourceType;

/** The resource directory over HTTP, through the same facade as the pages. */
@Path("resource-services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourceServicesResource {

    @Inject
    ResourceServices services;

    @GET
    public Page<ServiceView> search(@QueryParam("site") Long siteId, @QueryParam("text") String text,
            @QueryParam("type") ResourceType type, @QueryParam("accepting") @DefaultValue("false") boolean accepting,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        ResourceFilter filter = new ResourceFilter(siteId, text, type, accepting);
        return new Page<>(services.count(filter), services.search(filter, Math.max(0, first), Math.min(Math.max(1, max), 200),
                Map.of()).stream().map(ServiceView::of).toList());
    }

    @GET
    @Path("{id}")
    public ServiceView find(@PathParam("id") Long id) {
        return ServiceView.of(services.find(id));
    }

    @POST
    public ServiceView create(ServiceEdit edit) {
        return ServiceView.of(services.create(body(edit).toService(), edit.siteIds()));
    }

    @PUT
    @Path("{id}")
    public ServiceView update(@PathParam("id") Long id, ServiceEdit edit) {
        return ServiceView.of(services.update(id, body(edit).version(), edit.toService(), edit.siteIds()));
    }
}
