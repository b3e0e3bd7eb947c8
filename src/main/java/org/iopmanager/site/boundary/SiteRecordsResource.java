package org.iopmanager.site.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.boundary.AccreditationsResource.RecordEdit;
import org.iopmanager.site.boundary.AccreditationsResource.RecordView;
import org.iopmanager.site.entity.AccreditationRecord;

/** A site's accreditation records: the list (current first, then history) and a new record. */
@Path("sites/{siteId}/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteRecordsResource {

    @Inject
    Accreditations accreditations;

    @Inject
    Sites sites;

    @GET
    public List<RecordView> list(@PathParam("siteId") Long siteId) {
        LocalDate today = sites.today(siteId);
        return accreditations.forSite(siteId).stream().map(r -> RecordView.of(r, today)).toList();
    }

    @POST
    public RecordView create(@PathParam("siteId") Long siteId, RecordEdit edit) {
        AccreditationRecord record = accreditations.create(siteId, edit.toRecord(accreditations.bodies()));
        return RecordView.of(record, sites.today(siteId));
    }
}
