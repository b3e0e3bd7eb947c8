package org.iopmanager.site.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * An accreditor or licensing agency, from a maintained list rather than free text, so that the readiness
 * matrix has one column per body and "CARF" is never spelled three ways. A state agency has its state.
 * Reference data: cached.
 */
@Entity
@Cacheable
@Table(name = "accrediting_body")
public class AccreditingBody extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{body.code.required}")
    @Size(max = 20, message = "{body.code.size}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{body.code.pattern}")
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank(message = "{body.name.required}")
    @Size(max = 120, message = "{body.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull(message = "{body.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BodyType type;

    @Pattern(regexp = "([A-Z]{2})?", message = "{site.state.pattern}")
    @Column(length = 2)
    private String state;

    @Column(nullable = false)
    private boolean active = true;

    protected AccreditingBody() {
    }

    public AccreditingBody(String code, String name, BodyType type, String state) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.state = state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BodyType getType() {
        return type;
    }

    public String getState() {
        return state;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
