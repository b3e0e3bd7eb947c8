package org.iopmanager.site.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.entity.Site;

/** Sites over HTTP, through the same facade (and so the same role and site checks) as the pages. */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

    /** What the API shows of a site: its own shape, not the entity. */
    public record SiteView(Long id, long version, String code, String name, String timeZone, boolean active) {

        static SiteView of(Site site) {
            return new SiteView(site.getId(), site.getVersion(), site.getCode(), site.getName(), site.getTimeZone(), site.isActive());
        }
    }

    /** An edit: the version the caller loaded, and the new values. */
    public record SiteEdit(long version, String name, String timeZone) {
    }

    @Inject
    Sites sites;

    @GET
    public List<SiteView> list() {
        return sites.visible().stream().map(SiteView::of).toList();
    }

    @GET
    @Path("{id}")
    public SiteView get(@PathParam("id") Long id) {
        return SiteView.of(sites.find(id));
    }

    @PUT
    @Path("{id}")
    public SiteView update(@PathParam("id") Long id, SiteEdit edit) {
        return SiteView.of(sites.update(id, edit.version(), edit.name(), edit.timeZone()));
    }
}
