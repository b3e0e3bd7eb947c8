package org.iopmanager.staff.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.Cache;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.staff.control.DisciplineDirectory;

/** An entry of the maintained list of disciplines (LCSW, psychiatrist, peer specialist…); deactivated, never deleted. */
@Entity
// Reference data, read with every staff member and credential (the staff member page found each discipline and type
// by id, once per section): kept in the shared cache. A change made on another node of a cluster is seen here within
// a minute; a save from a stale copy is still refused by its version.
@Cacheable
@Cache(expiry = 60_000)
@EntityListeners(DisciplineDirectory.Listener.class)
@Table(name = "discipline")
public class Discipline extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{discipline.code.required}")
    @Size(max = 20, message = "{discipline.code.size}")
    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @NotBlank(message = "{discipline.name.required}")
    @Size(max = 120, message = "{discipline.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @jakarta.validation.constraints.Min(value = 0, message = "{discipline.sortOrder.range}")
    @jakarta.validation.constraints.Max(value = 9999, message = "{discipline.sortOrder.range}")
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

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

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
