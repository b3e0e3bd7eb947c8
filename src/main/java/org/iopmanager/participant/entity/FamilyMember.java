package org.iopmanager.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/** A family member involved in a participant's care, and whether the participant consented to involve them. */
@Entity
@Table(name = "family_member")
public class FamilyMember extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @NotBlank(message = "{family.name.required}")
    @Size(max = 120, message = "{family.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @NotBlank(message = "{family.relationship.required}")
    @Size(max = 60, message = "{family.relationship.size}")
    @Column(nullable = false, length = 60)
    private String relationship;

    @Column(name = "consent_to_involve", nullable = false)
    private boolean consentToInvolve;

    public FamilyMember() {
    }

    public FamilyMember(Participant participant) {
        this.participant = participant;
    }

    @Override
    public Long owningSiteId() {
        return participant == null ? null : participant.owningSiteId();
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public boolean isConsentToInvolve() {
        return consentToInvolve;
    }

    public void setConsentToInvolve(boolean consentToInvolve) {
        this.consentToInvolve = consentToInvolve;
    }
}
