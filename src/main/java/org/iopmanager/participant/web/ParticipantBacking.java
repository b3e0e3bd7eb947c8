package org.iopmanager.participant.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.Participants;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.staff.boundary.Clearances;

/**
 * A participant's record ({@code ?id=}, none for a new one): details, family members involved in care and episodes.
 * Admission and discharge, the assessments and the measures of the current episode have beans of their own on the
 * same page.
 */
@Named("participantRecord")
@ViewScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Participants participants;

    @Inject
    Clearances clearances;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private Long siteId;
    private LocalDate today;
    private Participant participant;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    private List<FamilyMember> family;
    private FamilyMember familyDraft = new FamilyMember();
    private Long editingMemberId;
    private long editingMemberVersion;
    private List<Episode> episodes;

    public void load() {
        actions.loadOrNotFound(this::loadRecord);
    }

    private void loadRecord() {
        if (id == null) {
            participant = new Participant();
            siteChoices = sites.choices();
            return;
        }
        participant = participants.find(id);
        siteId = participant.owningSiteId();
        today = clearances.todayAt(siteId);
        family = participants.familyOf(id);
        episodes = participants.episodesOf(id);
    }

    public String save() {
        boolean created = participant.isNew();
        boolean ok = actions.attemptOnceIf(created, "details", () -> participant = created ? participants.create(siteId, participant)
                : participants.update(participant.getId(), participant.getVersion(), participant));
        return ok ? reload(created ? "participant.created" : "app.saved", participant.getRecordNumber()) : null;
    }

    public String addFamilyMember() {
        boolean ok = actions.attemptOnce("family", () -> participants.addFamilyMember(id, familyDraft));
        return ok ? reload("family.added") : null;
    }

    /** Puts a family member's details into the family form to edit them (the consent to involve among them). */
    public void editFamilyMember(FamilyMember member) {
        editingMemberId = member.getId();
        editingMemberVersion = member.getVersion();
        familyDraft = new FamilyMember();
        familyDraft.setName(member.getName());
        familyDraft.setRelationship(member.getRelationship());
        familyDraft.setConsentToInvolve(member.isConsentToInvolve());
    }

    public void cancelFamilyEdit() {
        editingMemberId = null;
        familyDraft = new FamilyMember();
    }

    public String saveFamilyMember() {
        boolean ok = actions.attempt("family", () -> participants.updateFamilyMember(id, editingMemberId,
                editingMemberVersion, familyDraft));
        return ok ? reload("app.saved") : null;
    }

    public Long getEditingMemberId() {
        return editingMemberId;
    }

    /** After a change the page loads again (and the view is audited again): what is shown is what was saved. */
    String reload(String messageKey, Object... arguments) {
        messages.info(messageKey, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/participant/participant?faces-redirect=true&id=" + participant.getId();
    }

    /** The open episode, if any. */
    public Episode getOpenEpisode() {
        return episodes == null ? null : episodes.stream().filter(Episode::isOpen).findFirst().orElse(null);
    }

    /** The episode whose assessments and measures the page shows: the open one, else the latest. */
    public Episode getCurrentEpisode() {
        Episode open = getOpenEpisode();
        return open != null || episodes == null || episodes.isEmpty() ? open : episodes.get(0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    /** Today at the participant's site. */
    public LocalDate getToday() {
        return today;
    }

    public Participant getParticipant() {
        return participant;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public List<FamilyMember> getFamily() {
        return family;
    }

    public FamilyMember getFamilyDraft() {
        return familyDraft;
    }

    public List<Episode> getEpisodes() {
        return episodes;
    }
}
