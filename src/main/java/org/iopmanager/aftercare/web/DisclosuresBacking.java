package org.iopmanager.aftercare.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.Disclosures;
import org.iopmanager.aftercare.entity.Disclosure;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.PagedList;

/** The accounting of disclosures of a participant, paged in the database, with the CSV/PDF for the participant. */
@Named("aftercareDisclosures")
@ViewScoped
public class DisclosuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Disclosures disclosures;

    @Inject
    Actions actions;

    private Long participantId;
    private long total;
    private String zone;

    private final PagedList<Disclosure> rows = new PagedList<>(() -> participantId == null ? 0 : disclosures.count(participantId),
            (first, size, order) -> disclosures.ofParticipant(participantId, first, size), Disclosure::getId);

    public void load() {
        actions.loadOrNotFound(() -> {
            total = disclosures.count(participantId);
            zone = disclosures.zoneOf(participantId);
        });
    }

    public PagedList<Disclosure> getRows() {
        return rows;
    }

    public String getZone() {
        return zone;
    }

    public long getTotal() {
        return total;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }
}
