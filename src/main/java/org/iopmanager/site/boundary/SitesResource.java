package org.iopmanager.site.boundary;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.Site;

/** Sites over HTTP, through the same facade (and so the same role and site checks) as the pages. */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

    /** What the API shows of a site: its own shape, not the entity. */
    public record SiteView(Long id, long version, String code, String name, String timeZone, boolean active,
            String addressLine1, String addressLine2, String city, String state, String postalCode, String phone,
            String npi, Integer licensedCapacity, Set<Programme> programmes) {

        static SiteView of(Site site) {
            return new SiteView(site.getId(), site.getVersion(), site.getCode(), site.getName(), site.getTimeZone(),
                    site.isActive(), site.getAddressLine1(), site.getAddressLine2(), site.getCity(), site.getState(),
                    site.getPostalCode(), site.getPhone(), site.getNpi(), site.getLicensedCapacity(), site.getProgrammes());
        }
    }

    /** An edit: the version the caller loaded, and the new values (absent ones keep their value). */
    public record SiteEdit(long version, String name, String timeZone, String addressLine1, String addressLine2,
            String city, String state, String postalCode, String phone, String npi, Integer licensedCapacity,
            Set<Programme> programmes) {

        Site applyTo(Site current) {
            Site edited = new Site();
            edited.copyDetailsFrom(current);
            edited.setName(name);
            edited.setTimeZone(timeZone);
            if (addressLine1 != null) {
                edited.setAddressLine1(addressLine1);
            }
            if (addressLine2 != null) {
                edited.setAddressLine2(addressLine2);
            }
            if (city != null) {
                edited.setCity(city);
            }
            if (state != null) {
                edited.setState(state);
            }
            if (postalCode != null) {
                edited.setPostalCode(postalCode);
            }
            if (phone != null) {
                edited.setPhone(phone);
            }
            if (npi != null) {
                edited.setNpi(npi);
            }
            if (licensedCapacity != null) {
                edited.setLicensedCapacity(licensedCapacity);
            }
            if (programmes != null) {
                edited.setProgrammes(programmes);
            }
            return edited;
        }
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
        return SiteView.of(sites.update(id, edit.version(), edit.applyTo(sites.find(id))));
    }
}
