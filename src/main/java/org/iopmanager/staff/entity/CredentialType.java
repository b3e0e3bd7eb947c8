package org.iopmanager.staff.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.Cache;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * A type of credential within a kind (LCSW within state licences, CADC within certifications). Associate
 * licences ({@link #isSupervised()}) let their holders deliver services only while a supervisor is on record.
 */
@Entity
// Reference data, read with every staff member and credential (the staff member page found each discipline and type
// by id, once per section): kept in the shared cache. A change made on another node of a cluster is seen here within
// a minute; a save from a stale copy is still refused by its version.
@Cacheable
@Cache(expiry = 60_000)
@Table(name = "credential_type")
public class CredentialType extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{credentialType.code.required}")
    @Size(max = 20, message = "{credentialType.code.size}")
    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @NotBlank(message = "{credentialType.name.required}")
    @Size(max = 120, message = "{credentialType.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull(message = "{credential.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CredentialKind kind;

    @Column(nullable = false)
    private boolean supervised;

    @Column(nullable = false)
    private boolean active = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public void setKind(CredentialKind kind) {
        this.kind = kind;
    }

    public boolean isSupervised() {
        return supervised;
    }

    public void setSupervised(boolean supervised) {
        this.supervised = supervised;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
