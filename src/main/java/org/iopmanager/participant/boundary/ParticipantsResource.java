package org.iopmanager.participant.boundary;

import java.time.LocalDate;
import java.util.List;

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

import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.participant.entity.Focus;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.ReferralSource;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.control.RuleViolation;

/** Participants and their episodes over HTTP; the facade checks roles, site scope, and audits every view. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @Inject
    Participants participants;

    public record ParticipantView(Long id, long version, Long siteId, String recordNumber, String firstName, String lastName,
            String preferredName, LocalDate dateOfBirth, String phone, String email, String emergencyContact) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.getId(), p.getVersion(), p.owningSiteId(), p.getRecordNumber(), p.getFirstName(),
                    p.getLastName(), p.getPreferredName(), p.getDateOfBirth(), p.getPhone(), p.getEmail(),
                    p.getEmergencyContact());
        }
    }

    public record ParticipantEdit(long version, Long siteId, String recordNumber, String firstName, String lastName,
            String preferredName, LocalDate dateOfBirth, String phone, String email, String emergencyContact) {

        Participant toParticipant() {
            Participant p = new Participant();
            p.setRecordNumber(recordNumber);
            p.setFirstName(firstName);
            p.setLastName(lastName);
            p.setPreferredName(preferredName);
            p.setDateOfBirth(dateOfBirth);
            p.setPhone(phone);
            p.setEmail(email);
            p.setEmergencyContact(emergencyContact);
            return p;
        }
    }

    public record EpisodeView(Long id, long version, LocalDate admissionDate, Track track, LevelOfCare levelOfCare,
            ReferralSource referralSource, Long primaryClinicianId, Focus focus, LocalDate dischargeDate,
            DischargeReason dischargeReason) {

        static EpisodeView of(Episode e) {
            return new EpisodeView(e.getId(), e.getVersion(), e.getAdmissionDate(), e.getTrack(), e.getLevelOfCare(),
                    e.getReferralSource(), e.getPrimaryClinician().getId(), e.getFocus(), e.getDischargeDate(),
                    e.getDischargeReason());
        }
    }

    public record Admission(LocalDate admissionDate, Track track, LevelOfCare levelOfCare, ReferralSource referralSource,
            Long primaryClinicianId, Focus focus) {

        Episode toEpisode() {
            Episode e = new Episode();
            e.setAdmissionDate(admissionDate);
            e.setTrack(track);
            e.setLevelOfCare(levelOfCare);
            e.setReferralSource(referralSource);
            e.setFocus(focus);
            return e;
        }
    }

    public record FamilyView(Long id, long version, String name, String relationship, boolean consentToInvolve) {

        static FamilyView of(FamilyMember f) {
            return new FamilyView(f.getId(), f.getVersion(), f.getName(), f.getRelationship(), f.isConsentToInvolve());
        }
    }

    /** A family member to add, or to edit (with the version it was loaded at). */
    public record FamilyEdit(Long version, String name, String relationship, boolean consentToInvolve) {

        FamilyMember toMember() {
            FamilyMember member = new FamilyMember();
            member.setName(name);
            member.setRelationship(relationship);
            member.setConsentToInvolve(consentToInvolve);
            return member;
        }
    }

    public record Discharge(long version, LocalDate dischargeDate, DischargeReason dischargeReason) {
    }

    @GET
    public List<ParticipantView> list(@QueryParam("site") Long siteId, @QueryParam("text") String text,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "participant.site.required");
        }
        return participants.search(siteId, text, Math.max(0, first), Math.min(Math.max(1, max), 500)).stream()
                .map(ParticipantView::of).toList();
    }

    @GET
    @Path("{id}")
    public ParticipantView find(@PathParam("id") Long id) {
        return ParticipantView.of(participants.find(id));
    }

    @POST
    public ParticipantView create(ParticipantEdit edit) {
        requireBody(edit);
        return ParticipantView.of(participants.create(edit.siteId(), edit.toParticipant()));
    }

    @PUT
    @Path("{id}")
    public ParticipantView update(@PathParam("id") Long id, ParticipantEdit edit) {
        requireBody(edit);
        return ParticipantView.of(participants.update(id, edit.version(), edit.toParticipant()));
    }

    @GET
    @Path("{id}/family")
    public List<FamilyView> family(@PathParam("id") Long id) {
        return participants.familyOf(id).stream().map(FamilyView::of).toList();
    }

    @POST
    @Path("{id}/family")
    public FamilyView addFamilyMember(@PathParam("id") Long id, FamilyEdit edit) {
        requireBody(edit);
        return FamilyView.of(participants.addFamilyMember(id, edit.toMember()));
    }

    @PUT
    @Path("{id}/family/{memberId}")
    public FamilyView updateFamilyMember(@PathParam("id") Long id, @PathParam("memberId") Long memberId, FamilyEdit edit) {
        requireBody(edit);
        return FamilyView.of(participants.updateFamilyMember(id, memberId, edit.version() == null ? -1 : edit.version(),
                edit.toMember()));
    }

    @GET
    @Path("{id}/episodes")
    public List<EpisodeView> episodes(@PathParam("id") Long id) {
        return participants.episodesOf(id).stream().map(EpisodeView::of).toList();
    }

    @POST
    @Path("{id}/episodes")
    public EpisodeView admit(@PathParam("id") Long id, Admission admission) {
        requireBody(admission);
        return EpisodeView.of(participants.admit(id, admission.toEpisode(), admission.primaryClinicianId()));
    }

    @POST
    @Path("{id}/episodes/{episodeId}/discharge")
    public EpisodeView discharge(@PathParam("id") Long id, @PathParam("episodeId") Long episodeId, Discharge discharge) {
        requireBody(discharge);
        return EpisodeView.of(participants.discharge(episodeId, discharge.version(), discharge.dischargeDate(),
                discharge.dischargeReason()));
    }

    /** A request without its JSON body answers 400 with a message, not 500. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new RuleViolation("participant.body.required");
        }
    }
}
