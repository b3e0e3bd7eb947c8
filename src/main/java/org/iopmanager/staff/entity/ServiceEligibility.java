package org.iopmanager.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * One row of the service-eligibility table: holders of a verified credential of this type may deliver this
 * service, provided they also hold a verified credential of {@link #getRequiresKind()} when one is named
 * (medication management: a licence plus a DEA registration). Kept by provider administrators.
 */
@Entity
@Table(name = "service_eligibility")
public class ServiceEligibility extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{eligibility.type.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "credential_type_id", nullable = false)
    private CredentialType credentialType;

    @NotNull(message = "{eligibility.service.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClinicalService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "requires_kind", length = 30)
    private CredentialKind requiresKind;

    public ServiceEligibility() {
    }

    public ServiceEligibility(CredentialType credentialType, ClinicalService service, CredentialKind requiresKind) {
        this.credentialType = credentialType;
        this.service = service;
        this.requiresKind = requiresKind;
    }

    public CredentialType getCredentialType() {
        return credentialType;
    }

    public ClinicalService getService() {
        return service;
    }

    public CredentialKind getRequiresKind() {
        return requiresKind;
    }

    public void setRequiresKind(CredentialKind requiresKind) {
        this.requiresKind = requiresKind;
    }
}
