package org.iopmanager.site.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.AwardLength;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordKind;
import org.iopmanager.site.entity.RecordStatus;

/** Accreditation records over HTTP (one record; a site's records are under {@link SiteRecordsResource}), through {@link Accreditations}: same roles, site scope and rules as the pages. */
@Path("records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccreditationsResource {

    /** A record as the API shows it, with the status and days to expiry of today in the site's time zone. */
    public record RecordView(Long id, long version, Long siteId, Long bodyId, String bodyName, RecordKind kind, String number,
            RecordStatus status, RecordStatus statusToday, LocalDate decisionDate, LocalDate effectiveDate,
            LocalDate expiryDate, Long daysToExpiry, AwardLength awardLength, LocalDate lastSurveyDate,
            LocalDate nextSurveyFrom, LocalDate nextSurveyTo, String notes, Set<Programme> programmes, boolean current) {

        static RecordView of(AccreditationRecord r, LocalDate today) {
            return new RecordView(r.getId(), r.getVersion(), r.owningSiteId(), r.getBody().getId(), r.getBody().getName(),
                    r.getKind(), r.getNumber(), r.getStatus(), r.statusOn(today), r.getDecisionDate(), r.getEffectiveDate(),
                    r.getExpiryDate(), r.daysToExpiry(today), r.getAwardLength(), r.getLastSurveyDate(),
                    r.getNextSurveyFrom(), r.getNextSurveyTo(), r.getNotes(), r.getProgrammes(), r.isCurrent());
        }
    }

    /** A new record, an edit (with the version loaded) or a renewal. */
    public record RecordEdit(long version, Long bodyId, RecordKind kind, String number, RecordStatus status,
            LocalDate decisionDate, LocalDate effectiveDate, LocalDate expiryDate, AwardLength awardLength,
            LocalDate lastSurveyDate, LocalDate nextSurveyFrom, LocalDate nextSurveyTo, String notes,
            Set<Programme> programmes) {

        AccreditationRecord toRecord(List<AccreditingBody> bodies) {
            AccreditationRecord record = new AccreditationRecord();
            record.setBody(bodyId == null ? null : bodies.stream().filter(b -> b.getId().equals(bodyId)).findFirst()
                    .orElseThrow(() -> new org.iopmanager.platform.control.NotFound("AccreditingBody", bodyId)));
            record.setKind(kind);
            record.setNumber(number);
            record.setStatus(status);
            record.setDecisionDate(decisionDate);
            record.setEffectiveDate(effectiveDate);
            record.setExpiryDate(expiryDate);
            record.setAwardLength(awardLength);
            record.setLastSurveyDate(lastSurveyDate);
            record.setNextSurveyFrom(nextSurveyFrom);
            record.setNextSurveyTo(nextSurveyTo);
            record.setNotes(notes);
            record.setProgrammes(programmes == null ? Set.of() : programmes);
            return record;
        }
    }

    @Inject
    Accreditations accreditations;

    @Inject
    Sites sites;

    @GET
    @Path("{id}")
    public RecordView get(@PathParam("id") Long id) {
        AccreditationRecord record = accreditations.find(id);
        return RecordView.of(record, today(record.owningSiteId()));
    }

    @PUT
    @Path("{id}")
    public RecordView update(@PathParam("id") Long id, RecordEdit edit) {
        AccreditationRecord record = accreditations.update(id, edit.version(), edit.toRecord(accreditations.bodies()));
        return RecordView.of(record, today(record.owningSiteId()));
    }

    @POST
    @Path("{id}/renewal")
    public RecordView renew(@PathParam("id") Long id, RecordEdit edit) {
        AccreditationRecord record = accreditations.renew(id, edit.version(), edit.toRecord(accreditations.bodies()));
        return RecordView.of(record, today(record.owningSiteId()));
    }

    private LocalDate today(Long siteId) {
        return sites.today(siteId);
    }
}
